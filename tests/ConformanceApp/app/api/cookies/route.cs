namespace ConformanceApp.Api;

/// <summary>
/// /api/cookies: reads cookies through request.Cookies and cookies(), headers through headers();
/// sets cookies both ways; deletes one through cookies().
/// </summary>
public static class CookiesRoute
{
    public static IResult GET(NextRequest request)
    {
        var jar = RequestScope.Cookies();
        var hdrs = RequestScope.Headers();
        return NextResponse.Json(new
        {
            reqCookieA = request.Cookies.Get("a")?.Value,
            // Array.prototype.sort compares UTF-16 code units: ordinal.
            reqCookieNames = request.Cookies.GetAll().Select(c => c.Name).Order(StringComparer.Ordinal).ToArray(),
            jarCookieB = jar.Get("b")?.Value,
            jarHasA = jar.Has("a"),
            headerXCustom = hdrs.Get("x-custom"),
            requestHeaderXCustom = request.Headers.Get("x-custom"),
        });
    }

    public static IResult POST()
    {
        RequestScope.Cookies().Set("via-cookies-fn", "one", new() { Path = "/" });
        var res = NextResponse.Json(new { ok = true });
        res.Cookies.Set("via-response", "two", new() { Path = "/", HttpOnly = true, MaxAge = 60 });
        return res;
    }

    public static IResult DELETE()
    {
        RequestScope.Cookies().Delete("a");
        return NextResponse.Empty(204);
    }
}
