using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>
/// A middleware modelled on the conformance app's (FINDINGS §6), branch by pathname. Every response
/// it lets through or answers carries <c>x-mw: 1</c> and <c>x-mw-path</c> so tests can see it ran.
/// </summary>
public static class ScenarioMiddleware
{
    public static readonly MatcherEntry[] Matcher = ["/about/:path*", "/api/:path*", "/gone/:path*"];

    public static NextResponse Invoke(NextRequest request)
    {
        var pathname = request.NextUrl.Pathname;
        switch (pathname)
        {
            case "/about/old": return Tag(NextResponse.Redirect(new Uri(request.Url, "/about/new")), request);
            case "/about/perm": return Tag(NextResponse.Redirect(new Uri(request.Url, "/about/new"), 308), request);
            case "/about/throws": throw new InvalidOperationException("middleware secret at C:\\src\\middleware.cs");
            case "/about/whoami":
            case "/gone/direct":
                return Tag(NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["from"] = "middleware" }, 401), request);
            case "/about/cookie":
                {
                    var res = NextResponse.Next();
                    res.Cookies.Set("mw-cookie", "chocolate", new() { Path = "/", HttpOnly = true });
                    res.Cookies.Set("mw-aged", "1", new() { MaxAge = 60 });
                    return Tag(res, request);
                }
            case "/api/echo":
                {
                    var res = NextResponse.Next(request, h =>
                    {
                        h.Set("x-from-mw", "injected");
                        h.Set("x-client", "overridden");
                        h.Delete("x-remove-me");
                    });
                    res.Headers.Set("x-response-from-mw", "yes");
                    return Tag(res, request);
                }
        }

        var rewrite = pathname switch
        {
            "/about/rewrite" => "/api/users/rewritten?from=mw",
            "/about/rewrite-plain" => "/plain/target",
            "/about/rewrite-secure" => "/api/secure/data",
            "/about/rewrite-missing" => "/api/does-not-exist",
            "/about/loop" => "/about/loop",
            _ => null,
        };
        if (rewrite is not null)
            return Tag(NextResponse.Rewrite(new Uri(request.Url, rewrite)), request);

        if (pathname.StartsWith("/api/secure", StringComparison.Ordinal) && string.IsNullOrEmpty(request.Headers.Get("authorization")))
            return Tag(NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["error"] = "unauthorized" }, 401), request);

        return Tag(NextResponse.Next(), request);
    }

    private static NextResponse Tag(NextResponse res, NextRequest request)
    {
        res.Headers.Set("x-mw", "1");
        res.Headers.Set("x-mw-path", request.NextUrl.Pathname);
        return res;
    }
}
