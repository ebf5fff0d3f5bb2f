using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Middleware;

/// <summary>
/// <c>export const config</c> of a Next.js middleware. The generator reads it from syntax, validates
/// every pattern at build time and compiles the matcher; write it with literals.
/// </summary>
/// <example>
/// <code>
/// public static readonly MiddlewareConfig Config = new()
/// {
///     Matcher = ["/about/:path*", "/api/:path*",
///                new("/hdr/:path*") { Has = [MatchCondition.Header("x-want-mw")] }],
/// };
/// </code>
/// </example>
public sealed class MiddlewareConfig
{
    /// <summary>The paths the middleware runs for; without a matcher it runs for every path.</summary>
    public IReadOnlyList<MatcherEntry> Matcher { get; init; } = [];
}
