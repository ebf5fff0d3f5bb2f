namespace Nextfunc.FunctionApp.Tests.Hostile;

// Unicode in every position, framework headers a client must not be able to send, and hostile
// requests at the handlers that fail on purpose (their 500 must still be empty).
public static partial class HostileCorpus
{
    // Accents, currency, emoji (4-byte UTF-8), bidi override, zero-width joiner, combining mark, noncharacter, BOM, CJK, the last code point.
    private static readonly string[] UnicodeText = ["é", "€", "😀", "\u202E", "\u200D", "e\u0301", "\uFFFF", "\uFEFF", "中文", "\U0010FFFF"];

    private static IEnumerable<HostileRequest> Unicode(HostileTarget t)
    {
        const string c = "unicode";
        var json = t.BodyEndpoints.First(e => e.Reads is "json" or "text");
        foreach (var u in UnicodeText)
        {
            var escaped = Uri.EscapeDataString(u);
            yield return R(c, RawRequest.Get(t.DynamicSegment + escaped));
            yield return R(c, RawRequest.Get($"{t.CatchAll}a/{escaped}/{escaped}"));
            yield return R(c, RawRequest.Get($"{t.QueryRoute}?q={escaped}&{escaped}={escaped}"));
            yield return R(c, RawRequest.Get($"{t.MiddlewareRoutes[1]}?{escaped}={escaped}"));
            // Raw UTF-8 in the request target is not HTTP: Kestrel's 400.
            yield return R(c, RawRequest.Get(t.DynamicSegment + u), "raw UTF-8 path") with { MayClose = true };
            yield return R(c, RawRequest.Get($"{t.QueryRoute}?q={u}"), "raw UTF-8 query") with { MayClose = true };
            // Header values, cookie names and values as UTF-8 bytes.
            yield return R(c, RawRequest.Get(t.HeaderRoute, $"X-Custom: {u}", $"X-Client: {u}"), "UTF-8 header values");
            yield return R(c, RawRequest.Get(t.HeaderRoute, $"Cookie: {u}=1; a={u}; user={u}"), "UTF-8 cookie names and values");
            yield return R(c, RawRequest.Get(t.MiddlewareRoutes[0], $"Cookie: user={u}", $"X-Client: {u}"), "UTF-8 values read by middleware");
            yield return R(c, RawRequest.Get(t.HeaderRoute, $"Cookie: a={escaped}"), "escaped cookie value");
            yield return R(c, RawRequest.Get(t.HeaderRoute, $"X-{u}: 1"), "UTF-8 header name") with { MayClose = true };
            yield return R(c, RawRequest.Build($"{json.Method} {json.Path} HTTP/1.1", [.. json.Headers, Json], RawRequest.Bytes($"{{\"name\":\"{u}\"}}")), "UTF-8 in a JSON body");
        }
    }

    // Headers only the framework may set (Next.js internals and proxy conventions), with values that would steer it.
    private static readonly string[] FrameworkHeaders =
    [
        "x-middleware-subrequest: middleware", "x-middleware-subrequest: src/middleware",
        "x-middleware-subrequest: middleware:middleware:middleware:middleware:middleware",
        "x-middleware-subrequest: src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
        "x-middleware-subrequest: pages/_middleware", "x-middleware-rewrite: /api/throws", "x-middleware-rewrite: http://evil.example/",
        "x-middleware-next: 1", "x-middleware-redirect: http://evil.example/", "x-middleware-set-cookie: admin=1; Path=/",
        "x-middleware-override-headers: authorization", "x-middleware-request-authorization: Bearer forged", "x-middleware-prefetch: 1",
        "x-middleware-invoke: 1", "x-nextjs-data: 1", "x-nextjs-rewrite: /api/throws", "x-nextjs-redirect: http://evil.example/",
        "x-nextjs-matched-path: /api/throws", "x-invoke-path: /api/throws", "x-invoke-query: %7B%7D", "x-invoke-status: 500",
        "x-invoke-error: {\"message\":\"forged\"}", "x-invoke-output: /api/throws", "x-matched-path: /api/throws", "x-now-route-matches: 1",
        "next-resume: 1", "rsc: 1", "next-router-prefetch: 1", "next-router-state-tree: %5B%5D", "next-action: forged",
        "x-forwarded-host: evil.example", "x-original-url: /api/throws", "x-rewrite-url: /api/throws", "x-http-method-override: DELETE",
    ];

    private static IEnumerable<HostileRequest> SpoofedHeaders(HostileTarget t)
    {
        const string c = "spoofed-headers";
        var g = t.Guarded;
        foreach (var h in FrameworkHeaders)
        {
            // The guard still answers: no framework header skips or steers the middleware (CVE-2025-29927 class).
            yield return R(c, RawRequest.Build($"{g.Method} {g.Path} HTTP/1.1", [h], g.Method == "GET" ? null : []), h) with { ExpectedStatus = g.Status };
            // The same header twice, as separate lines (HttpClient would merge them).
            yield return R(c, RawRequest.Build($"{g.Method} {g.Path} HTTP/1.1", [h, h], g.Method == "GET" ? null : []), h + " (twice)") with { ExpectedStatus = g.Status };
            yield return R(c, RawRequest.Get(t.CachedRoutes[0], h), h) with { ExpectedStatus = 200 };
            yield return R(c, RawRequest.Get(t.HealthPath, h), h) with { ExpectedStatus = 200 };
            yield return R(c, RawRequest.Get(t.DynamicSegment + "1", h), h);
            yield return R(c, RawRequest.Get(t.MiddlewareRoutes[0], h), h);
        }
    }

    private static IEnumerable<HostileRequest> DeliberateFailures(HostileTarget t)
    {
        const string c = "deliberate-failures";
        // Hostile input at handlers that fail on purpose: the 500 is allow-listed, but it must stay empty.
        foreach (var path in t.DeliberateFailures.Keys)
        {
            yield return R(c, RawRequest.Get(path + "?q=%zz&%c0%af=%00"));
            yield return R(c, RawRequest.Build($"HEAD {path} HTTP/1.1"));
            yield return R(c, RawRequest.Get(path, "x-invoke-status: 200", "x-middleware-subrequest: middleware"));
            yield return R(c, RawRequest.Get(path, "Cookie: é=😀", "X-Custom: \u202E"));
            yield return R(c, RawRequest.Get(path, "Accept: text/html", "X-Requested-With: XMLHttpRequest"), "asks for an HTML error page");
        }
    }
}
