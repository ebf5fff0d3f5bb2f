namespace BasePathConformanceApp;

/// <summary>The port of tests/conformance/config-basepath-overlay/next.config.js: the app under /docs, every URL ending in "/".</summary>
public static class NextConfig
{
    public const string BasePath = "/docs";
    public const bool TrailingSlash = true;

    public static readonly HeaderRule[] Headers =
    [
        new("/api/:path*", [new("x-config-api", "yes")]),
        new("/outside-header", [new("x-outside", "yes")]) { BasePath = false },
    ];

    public static readonly RedirectRule[] Redirects =
    [
        new("/old/:slug", "/api/params/:slug") { Permanent = false },
        new("/outside", "/docs/api/params/from-outside") { Permanent = false, BasePath = false },
        new("/external", "https://example.com/x") { Permanent = false },
    ];

    public static readonly RewriteRule[] Rewrites =
    [
        new("/blog/:slug", "/api/params/blog/:slug"),
    ];
}
