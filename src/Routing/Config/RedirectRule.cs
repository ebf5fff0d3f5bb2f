using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// One entry of <c>redirects()</c> in <c>next.config.cs</c>: a request whose path matches <see cref="Source"/> is
/// answered with a redirect to <see cref="Destination"/> before middleware runs. Give exactly one of
/// <see cref="Permanent"/> (308 or 307) and <see cref="StatusCode"/> (301, 302, 303, 307 or 308).
/// </summary>
/// <example>
/// <code>
/// public static readonly RedirectRule[] Redirects =
/// [
///     new("/old-blog/:slug", "/blog/:slug") { Permanent = true },
///     new("/docs/:path*", "https://docs.example.com/:path*") { StatusCode = 301 },
/// ];
/// </code>
/// </example>
/// <param name="Source">The path pattern, starting with <c>/</c>.</param>
/// <param name="Destination">Where to: a path or an absolute URL, with the source's params (<c>:slug</c>).</param>
public sealed record RedirectRule(string Source, string Destination)
{
    /// <summary><c>permanent</c>: true is 308, false 307.</summary>
    public bool? Permanent { get; init; }

    /// <summary><c>statusCode</c>, instead of <see cref="Permanent"/>.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Conditions that must all hold (<c>has</c>); a named group in a value is a param.</summary>
    public IReadOnlyList<MatchCondition>? Has { get; init; }

    /// <summary>Conditions none of which may hold (<c>missing</c>).</summary>
    public IReadOnlyList<MatchCondition>? Missing { get; init; }

    /// <summary><c>basePath: false</c>: neither source nor destination is under <c>BasePath</c>.</summary>
    public bool BasePath { get; init; } = true;
}
