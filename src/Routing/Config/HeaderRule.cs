using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// One entry of <c>headers()</c> in <c>next.config.cs</c>: response headers for every request whose path matches
/// <see cref="Source"/> (path-to-regexp, as Next.js), redirects and 404s included. A <c>:param</c> of the source may
/// appear in a value.
/// </summary>
/// <example>
/// <code>
/// public static readonly HeaderRule[] Headers =
/// [
///     new("/api/:path*", [new("access-control-allow-origin", "*")]),
///     new("/users/:id", [new("x-user", "user-:id")]) { Has = [MatchCondition.Query("debug")] },
/// ];
/// </code>
/// </example>
/// <param name="Source">The path pattern, starting with <c>/</c>: <c>/blog/:slug</c>, <c>/api/:path*</c>.</param>
/// <param name="Headers">The headers to set, in order: key and value.</param>
public sealed record HeaderRule(string Source, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Conditions that must all hold (<c>has</c>).</summary>
    public IReadOnlyList<MatchCondition>? Has { get; init; }

    /// <summary>Conditions none of which may hold (<c>missing</c>).</summary>
    public IReadOnlyList<MatchCondition>? Missing { get; init; }

    /// <summary><c>basePath: false</c>: the source is not under <c>BasePath</c>.</summary>
    public bool BasePath { get; init; } = true;
}
