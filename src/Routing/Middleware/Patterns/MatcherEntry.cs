using System.Collections.Generic;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// One entry of a middleware <c>config.matcher</c>: a path-to-regexp source plus optional conditions.
/// A plain string in the Next.js config is an entry with only a <see cref="Source"/>.
/// </summary>
/// <example>
/// Next's <c>{ source: '/hdr/:path*', has: [{ type: 'header', key: 'x-want-mw' }] }</c> is
/// <c>new MatcherEntry("/hdr/:path*", Has: new[] { new MatchCondition(MatchConditionType.Header, "x-want-mw") })</c>.
/// </example>
/// <param name="Source">The path pattern, path-to-regexp v6 syntax; must start with <c>/</c>.</param>
/// <param name="Has">Conditions that must all hold; null or empty for none.</param>
/// <param name="Missing">Conditions of which none may hold; null or empty for none.</param>
public sealed record MatcherEntry(
    string Source,
    IReadOnlyList<MatchCondition>? Has = null,
    IReadOnlyList<MatchCondition>? Missing = null)
{
    /// <summary>A plain string is shorthand for <c>{ source }</c>, as in Next.js: <c>Matcher = ["/api/:path*"]</c>.</summary>
    public static implicit operator MatcherEntry(string source) => new(source);
}
