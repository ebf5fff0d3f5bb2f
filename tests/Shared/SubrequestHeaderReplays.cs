namespace Nextfunc.Tests.Shared;

/// <summary>
/// CVE-2025-29927 replays: values of <c>x-middleware-subrequest</c> that made Next.js (11.1.4 to 15.2.2)
/// treat a client request as its own internal subrequest and skip middleware. Next.js compared the
/// header with the middleware's name (<c>middleware</c>, <c>src/middleware</c>, <c>pages/_middleware</c>)
/// and, from 13.2, skipped once the name appeared as often as its recursion limit (5). Linked into
/// several test projects: the in-process replays and the ones against the real apps share this list.
/// </summary>
public static class SubrequestHeaderReplays
{
    // Next.js's names across versions, and our own file and class names in case a port ever keys on them.
    private static readonly string[] MiddlewareNames =
    [
        "middleware", "src/middleware", "pages/_middleware", "src/pages/_middleware", "pages/admin/_middleware",
        "middleware.cs", "app/middleware", "AppMiddleware", "ConformanceMiddleware", "SampleApp.AppMiddleware",
    ];

    /// <summary>Header values: each name once, and repeated up to and past the recursion limit, plus separator and case tricks.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        .. MiddlewareNames.SelectMany(name => new[] { 1, 2, 4, 5, 6, 10 }.Select(n => string.Join(":", Enumerable.Repeat(name, n)))),
        "middleware:src/middleware:middleware:src/middleware:middleware",
        "MIDDLEWARE:MIDDLEWARE:MIDDLEWARE:MIDDLEWARE:MIDDLEWARE",
        " middleware : middleware : middleware : middleware : middleware ",
        "middleware,middleware,middleware,middleware,middleware",
        "middleware;middleware;middleware;middleware;middleware",
        "9f1c2e7a-0b4d-4e1f-9a55-2f1e8c3b7d10",
        "1",
        "",
    ];

    /// <summary>Spellings of the header name (HTTP names are case-insensitive).</summary>
    public static IReadOnlyList<string> Names { get; } = ["x-middleware-subrequest", "X-Middleware-Subrequest", "X-MIDDLEWARE-SUBREQUEST"];

    /// <summary>Every (name, value) pair to replay: each value under one spelling, cycling through them.</summary>
    public static IEnumerable<(string Name, string Value)> All() => Values.Select((v, i) => (Names[i % Names.Count], v));
}
