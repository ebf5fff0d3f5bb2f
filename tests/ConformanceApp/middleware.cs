namespace ConformanceApp;

/// <summary>
/// The oracle's middleware.js, branch for branch: redirects, rewrites, a response cookie, direct
/// answers, an auth guard and request-header overrides, and (tests/conformance/oracle-overlay) the
/// /api/semantics branches. Every response it touches is tagged with <c>x-mw</c> so the suite can tell
/// whether middleware ran.
/// </summary>
public static class ConformanceMiddleware
{
    public static readonly MiddlewareConfig Config = new()
    {
        Matcher =
        [
            "/about/:path*",
            "/api/:path*",
            // negative lookahead: everything except these prefixes
            "/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)",
            // only when a request header is present
            new("/hdr/:path*") { Has = [MatchCondition.Header("x-want-mw")] },
            // only when a cookie is missing
            new("/ck/:path*") { Missing = [MatchCondition.Cookie("skip-mw")] },
            // only when a query parameter has a value
            new("/q/:path*") { Has = [MatchCondition.Query("run", "yes")] },
        ],
    };

    public static async Task<NextResponse?> Middleware(NextRequest request, NextFetchEvent fetchEvent)
    {
        var pathname = request.NextUrl.Pathname;

        // --- middleware and handler semantics (the overlay's own branches) ---
        if (pathname.StartsWith("/api/semantics/", StringComparison.Ordinal) &&
            await SemanticsAsync(request, fetchEvent, pathname) is var (answered, answer) && answered)
            return answer;

        // --- redirects ---
        switch (pathname)
        {
            case "/about/old":
                return Tag(NextResponse.Redirect(new Uri(request.Url, "/about/new")), request); // default 307
            case "/about/perm":
                return Tag(NextResponse.Redirect(new Uri(request.Url, "/about/new"), 308), request);
            case "/about/keepq":
                var url = request.NextUrl.Clone();
                url.Pathname = "/about/new"; // keeps the query string
                return Tag(NextResponse.Redirect(url), request);
            case "/about/external":
                return Tag(NextResponse.Redirect("https://example.com/landing?x=1"), request);
        }

        // --- rewrites (the client URL stays, the body comes from the target) ---
        var rewrite = pathname switch
        {
            "/about/rewrite" => "/api/users/rewritten",
            "/about/rewrite-q" => "/api/where?from=mw",
            "/about/rewrite-nomw" => "/nomw/target",
            "/about/rewrite-secure" => "/api/secure/data", // the target is matched too, but middleware runs once: no auth check
            "/about/rewrite-missing" => "/api/does-not-exist",
            _ => null,
        };
        if (rewrite is not null)
            return Tag(NextResponse.Rewrite(new Uri(request.Url, rewrite)), request);

        // --- response cookie ---
        if (pathname == "/about/cookie")
        {
            var res = NextResponse.Next();
            res.Cookies.Set("mw-cookie", "chocolate", new() { Path = "/", HttpOnly = true });
            return Tag(res, request);
        }

        // --- respond directly from middleware ---
        if (pathname == "/about/whoami")
        {
            return Tag(NextResponse.Json(new
            {
                from = "middleware",
                user = request.Cookies.Get("user")?.Value,
                client = request.Headers.Get("x-client"),
            }), request);
        }
        // `!request.headers.get(...)` in JS: an empty value is as good as none.
        if (pathname.StartsWith("/api/secure", StringComparison.Ordinal) && string.IsNullOrEmpty(request.Headers.Get("authorization")))
            return Tag(NextResponse.Json(new { error = "unauthorized" }, 401), request);

        // --- modify REQUEST headers seen by the handler ---
        if (pathname == "/api/reqheader")
        {
            var res = NextResponse.Next(request, headers =>
            {
                headers.Set("x-from-mw", "injected");
                headers.Delete("x-remove-me");
            });
            res.Headers.Set("x-response-from-mw", "yes");
            return Tag(res, request);
        }

        return Tag(NextResponse.Next(), request);
    }

    // The answer for an /api/semantics/ path; (false, _) falls through to the usual tagging.
    private static async Task<(bool Answered, NextResponse? Answer)> SemanticsAsync(NextRequest request, NextFetchEvent fetchEvent, string pathname)
    {
        switch (pathname)
        {
            case "/api/semantics/mw-null":
                return (true, null); // a middleware that returns nothing: the request goes on, untagged
            case "/api/semantics/req-cookies":
                {
                    request.Cookies.Set("session", "fresh");
                    request.Cookies.Delete("stale");
                    var res = NextResponse.Next(request);
                    res.Cookies.Set("session", "fresh", new() { Path = "/" });
                    return (true, Tag(res, request));
                }
            case "/api/semantics/req-cookies-not-forwarded":
                request.Cookies.Set("session", "fresh");
                return (true, Tag(NextResponse.Next(), request));
            case "/api/semantics/req-cookies-clear":
                request.Cookies.Clear();
                return (true, Tag(NextResponse.Next(request), request));
            case "/api/semantics/body":
                {
                    var text = await request.TextAsync();
                    var res = NextResponse.Next();
                    res.Headers.Set("x-mw-body", text);
                    return (true, Tag(res, request));
                }
            case "/api/semantics/header-clash":
                {
                    var res = NextResponse.Next();
                    res.Headers.Set("x-both", "from-middleware");
                    return (true, Tag(res, request));
                }
            case "/api/semantics/rewrite-headers":
                request.Headers.Set("x-injected", "by-rewrite");
                return (true, Tag(NextResponse.Rewrite(new Uri(request.Url, "/api/semantics/echo"), request.Headers.Raw), request));
            case "/api/semantics/mw-relative-redirect":
                return (true, Tag(NextResponse.Redirect("/api/semantics/echo"), request)); // throws: 500
            case "/api/semantics/mw-relative-rewrite":
                return (true, Tag(NextResponse.Rewrite("/api/semantics/echo"), request)); // throws: 500
            case "/api/semantics/wait-until":
                {
                    var id = request.NextUrl.SearchParams.Get("id");
                    fetchEvent.WaitUntil(Task.Delay(300).ContinueWith(_ => Api.Semantics.AfterLog.Push("mw-" + id), TaskScheduler.Default));
                    return (true, Tag(NextResponse.Next(), request));
                }
        }
        return (false, null);
    }

    // Tags every response that passed through middleware so tests can see whether it ran.
    private static NextResponse Tag(NextResponse res, NextRequest request)
    {
        res.Headers.Set("x-mw", "1");
        res.Headers.Set("x-mw-path", request.NextUrl.Pathname);
        res.Headers.Set("x-mw-search", request.NextUrl.Search is { Length: > 0 } search ? search : "(none)");
        return res;
    }
}
