namespace ConfigConformanceApp;

/// <summary>
/// The port of tests/conformance/config-overlay/next.config.js, rule for rule: headers, redirects and rewrites in the
/// three phases. Every rule points at /api/params/[[...rest]] (an echo of params and query) or a shared route.
/// </summary>
public static class NextConfig
{
    public static readonly HeaderRule[] Headers =
    [
        new("/api/:path*", [new("x-config-api", "yes")]),
        new("/api/users/:id", [new("x-user-id", "user-:id")]),
        new("/:path*", [new("access-control-allow-origin", "*")]) { Has = [MatchCondition.Query("cors")] },
        new("/nothing-here", [new("x-on-404", "yes")]),
        new("/api/where", [new("x-order", "first"), new("x-mw", "from-config")]),
        new("/api/where", [new("x-order", "second")]),
        new("/old-blog/:slug", [new("x-on-redirect", "yes")]),
        new("/hello.txt", [new("x-public", "yes")]),
    ];

    public static readonly RedirectRule[] Redirects =
    [
        new("/old-blog/:slug", "/blog/:slug") { Permanent = true },
        new("/temp/:path*", "/api/params/:path*") { Permanent = false },
        new("/moved/:id", "/api/users/:id") { StatusCode = 301 },
        new("/see-other", "/api/where") { StatusCode = 303 },
        new("/external", "https://example.com/landing?x=1") { Permanent = false },
        new("/with-query", "/api/params?from=redirect") { Permanent = false },
        new("/param-to-query/:slug", "/api/params?s=:slug") { Permanent = false },
        new("/regex/:id(\\d{1,})", "/api/users/:id") { Permanent = false },
        new("/has-cookie", "/api/params?legacy=1") { Permanent = false, Has = [MatchCondition.Cookie("legacy")] },
        new("/missing-header", "/api/params?modern=0") { Permanent = false, Missing = [MatchCondition.Header("x-modern")] },
        new("/header-capture", "/api/params/:ver") { Permanent = false, Has = [MatchCondition.Header("x-ver", "(?<ver>v\\d)")] },
        new("/query-value", "/api/params/page-:page") { Permanent = false, Has = [MatchCondition.Query("page", "(?<page>\\d+)")] },
        new("/host-match", "/api/params?host=1") { Permanent = false, Has = [MatchCondition.Host("localhost")] },
        new("/chain-redirect", "/old-blog/chained") { Permanent = false },
        new("/api/users/me", "/api/params/me-redirected") { Permanent = false },
    ];

    public static readonly RewritePhases Rewrites = new()
    {
        BeforeFiles =
        [
            new("/hello.txt", "/api/params/before-files") { Has = [MatchCondition.Query("before")] },
            new("/bf/:path*", "/api/params/bf/:path*"),
            new("/api/users/:id(\\d+)", "/api/params/user-:id") { Has = [MatchCondition.Query("bf")] },
        ],
        AfterFiles =
        [
            new("/blog/:slug", "/api/params/blog/:slug"),
            new("/hello.txt", "/api/params/after-files-loses"),
            new("/api/users/:id", "/api/params/after-files-beats-dynamic"),
            new("/api/where", "/api/params/after-files-loses-to-static"),
            new("/chain-a/:x", "/chain-b/:x"),
            new("/chain-b/:x", "/api/params/chained/:x"),
            new("/keep-query/:slug", "/api/params"),
            new("/dest-query/:slug", "/api/params?fixed=1&slug=:slug"),
            new("/to-static", "/api/where"),
            new("/to-public", "/hello.txt"),
            new("/to-missing", "/api/no-such-route"),
        ],
        Fallback =
        [
            new("/fb/:path*", "/api/params/fallback/:path*"),
        ],
    };
}
