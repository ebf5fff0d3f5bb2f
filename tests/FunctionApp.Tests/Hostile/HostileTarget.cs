namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>A route that reads its request body: the corpus sends it bodies that do not match their content type.</summary>
/// <param name="Reads">What the handler does with the body: <c>json</c>, <c>form</c> or <c>text</c>.</param>
/// <param name="Headers">Header lines the request needs to reach the handler (past the app's middleware).</param>
public sealed record BodyEndpoint(string Method, string Path, string Reads, params string[] Headers);

/// <summary>A request the app's middleware refuses without credentials: spoofed framework headers must not change that.</summary>
public sealed record GuardedRoute(string Method, string Path, int Status);

/// <summary>
/// The real handlers of one app the corpus aims at (read from its <c>app/</c> folder and <c>middleware.cs</c>),
/// and the 5xx allow-list: handlers that fail on purpose.
/// </summary>
public sealed record HostileTarget
{
    /// <summary>Short name used in test ids.</summary>
    public required string Name { get; init; }

    /// <summary>A GET that answers 200: the health check after the corpus.</summary>
    public required string HealthPath { get; init; }

    /// <summary>A plain static GET.</summary>
    public required string StaticRoute { get; init; }

    /// <summary>A dynamic segment's prefix: the corpus appends the segment (<c>/api/users/</c> + value).</summary>
    public required string DynamicSegment { get; init; }

    /// <summary>A catch-all's prefix (<c>[...path]</c>).</summary>
    public required string CatchAll { get; init; }

    /// <summary>An optional catch-all's prefix (<c>[[...slug]]</c>).</summary>
    public required string OptionalCatchAll { get; init; }

    /// <summary>A GET whose handler reads the query.</summary>
    public required string QueryRoute { get; init; }

    /// <summary>A GET whose handler (or middleware) reads request headers and cookies.</summary>
    public required string HeaderRoute { get; init; }

    /// <summary>Routes served from the output cache (force-static, revalidate, metadata).</summary>
    public required string[] CachedRoutes { get; init; }

    /// <summary>Routes the middleware acts on (redirects, rewrites, direct answers, header overrides).</summary>
    public required string[] MiddlewareRoutes { get; init; }

    /// <summary>Routes that read their body.</summary>
    public required BodyEndpoint[] BodyEndpoints { get; init; }

    /// <summary>The middleware's guard.</summary>
    public required GuardedRoute Guarded { get; init; }

    /// <summary>The 5xx allow-list: path → why its handler answers 500 on purpose. Only GET and HEAD reach them.</summary>
    public IReadOnlyDictionary<string, string> DeliberateFailures { get; init; } = new Dictionary<string, string>();

    /// <summary>GET targets that reach a handler, one per kind of route.</summary>
    public IEnumerable<string> RoutedPaths =>
        [StaticRoute, DynamicSegment + "42", CatchAll + "a/b", OptionalCatchAll + "a", QueryRoute + "?q=1", HeaderRoute, CachedRoutes[0], MiddlewareRoutes[0]];

    /// <summary>samples/SampleApp: /api/* passes its middleware, which refuses writes to /api/users without Authorization.</summary>
    public static HostileTarget Sample { get; } = new()
    {
        Name = "sample",
        HealthPath = "/api",
        StaticRoute = "/api/users/me",
        DynamicSegment = "/api/users/",
        CatchAll = "/api/files/",
        OptionalCatchAll = "/docs/",
        QueryRoute = "/api/users",
        HeaderRoute = "/api/users/me",
        CachedRoutes = ["/api/products"],
        MiddlewareRoutes = ["/api/users", "/api/products"],
        BodyEndpoints = [new("POST", "/api/users", "json", "Authorization: Bearer hostile-corpus")],
        Guarded = new("POST", "/api/users", 401),
    };

    /// <summary>tests/ConformanceApp: the port of the Next.js oracle app and its middleware.</summary>
    public static HostileTarget Conformance { get; } = new()
    {
        Name = "conformance",
        HealthPath = "/api/users/me",
        StaticRoute = "/api/grouped",
        DynamicSegment = "/api/users/",
        CatchAll = "/api/files/",
        OptionalCatchAll = "/api/opt/",
        QueryRoute = "/api/query",
        HeaderRoute = "/api/cookies",
        CachedRoutes = ["/api/static", "/api/revalidate3", "/api/tagged", "/sitemap.xml", "/robots.txt"],
        MiddlewareRoutes = ["/about/whoami", "/about/keepq", "/about/rewrite", "/about/rewrite-q", "/api/reqheader", "/about/old"],
        BodyEndpoints =
        [
            new("POST", "/api", "json"),
            new("POST", "/api/form", "form"),
            new("PUT", "/api/all-methods", "text"),
            new("POST", "/api/revalidate?path=/api/static", "none"),
        ],
        Guarded = new("GET", "/api/secure/data", 401),
        DeliberateFailures = new Dictionary<string, string>
        {
            // Ports of the oracle routes that fail on purpose (FINDINGS: a 500 with an empty body, as in Next.js).
            ["/api/throws"] = "its GET throws InvalidOperationException on purpose",
            ["/api/not-response"] = "its GET returns no response on purpose (the oracle returns a plain object)",
            ["/api/returns-undefined"] = "its GET returns nothing on purpose",
        },
    };
}
