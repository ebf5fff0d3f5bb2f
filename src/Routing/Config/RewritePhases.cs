namespace Nextfunc.Routing.Config;

/// <summary>
/// <c>rewrites()</c> returning <c>{ beforeFiles, afterFiles, fallback }</c>: when each list runs against the app's own
/// files and routes. A plain <c>RewriteRule[]</c> is <see cref="AfterFiles"/>.
/// </summary>
/// <example>
/// <code>
/// public static readonly RewritePhases Rewrites = new()
/// {
///     BeforeFiles = [new("/hello.txt", "/api/hello")],        // before public files and every route
///     AfterFiles = [new("/blog/:slug", "/api/posts/:slug")],  // after public files and static routes
///     Fallback = [new("/:path*", "https://legacy.example.com/:path*")],   // when nothing else served the path
/// };
/// </code>
/// </example>
public sealed record RewritePhases
{
    /// <summary>After headers, redirects and middleware; before public files and every route.</summary>
    public IReadOnlyList<RewriteRule> BeforeFiles { get; init; } = [];

    /// <summary>After public files and static routes; before dynamic routes.</summary>
    public IReadOnlyList<RewriteRule> AfterFiles { get; init; } = [];

    /// <summary>After every route: only what nothing else served.</summary>
    public IReadOnlyList<RewriteRule> Fallback { get; init; } = [];
}
