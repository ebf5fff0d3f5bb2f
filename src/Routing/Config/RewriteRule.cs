using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// One entry of <c>rewrites()</c> in <c>next.config.cs</c>: a request whose path matches <see cref="Source"/> is
/// served by <see cref="Destination"/> while the client's URL stays. A destination on another origin is proxied (only
/// to hosts in <c>Nextfunc:Rewrites:AllowedHosts</c>).
/// </summary>
/// <example>
/// <code>
/// public static readonly RewriteRule[] Rewrites = [new("/blog/:slug", "/api/posts/:slug")];   // afterFiles
/// </code>
/// </example>
/// <param name="Source">The path pattern, starting with <c>/</c>.</param>
/// <param name="Destination">What serves it: a path or an absolute URL, with the source's params.</param>
public sealed record RewriteRule(string Source, string Destination)
{
    /// <summary>Conditions that must all hold (<c>has</c>); a named group in a value is a param.</summary>
    public IReadOnlyList<MatchCondition>? Has { get; init; }

    /// <summary>Conditions none of which may hold (<c>missing</c>).</summary>
    public IReadOnlyList<MatchCondition>? Missing { get; init; }

    /// <summary><c>basePath: false</c>: neither source nor destination is under <c>BasePath</c>.</summary>
    public bool BasePath { get; init; } = true;
}
