namespace ConfigConformanceApp;

/// <summary>
/// The oracle's middleware.js, as far as these cases reach it: it tags every response it sees (x-mw, x-mw-path,
/// x-mw-search), redirects /about/old and rewrites /about/rewrite-q.
/// </summary>
public static class ConformanceMiddleware
{
    public static readonly MiddlewareConfig Config = new()
    {
        Matcher =
        [
            "/about/:path*",
            "/api/:path*",
            "/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)",
        ],
    };

    public static NextResponse Middleware(NextRequest request) => request.NextUrl.Pathname switch
    {
        "/about/old" => Tag(NextResponse.Redirect(new Uri(request.Url, "/about/new")), request),
        "/about/rewrite-q" => Tag(NextResponse.Rewrite(new Uri(request.Url, "/api/where?from=mw")), request),
        _ => Tag(NextResponse.Next(), request),
    };

    private static NextResponse Tag(NextResponse res, NextRequest request)
    {
        res.Headers.Set("x-mw", "1");
        res.Headers.Set("x-mw-path", request.NextUrl.Pathname);
        res.Headers.Set("x-mw-search", request.NextUrl.Search is { Length: > 0 } search ? search : "(none)");
        return res;
    }
}
