namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/echo: what the handler sees of the request: its URL, forwarded headers and cookies.</summary>
public static class Echo
{
    public static IResult GET(NextRequest request) => NextResponse.Json(Of(request));

    // The routes the middleware forwards with changes answer with this too (the oracle re-exports echo's GET).
    public static object Of(NextRequest request) => new
    {
        pathname = request.NextUrl.Pathname,
        search = request.NextUrl.Search,
        injected = request.Headers.Get("x-injected"),
        cookieHeader = RequestScope.Headers().Get("cookie"),
        requestCookies = request.Cookies.Select(c => $"{c.Name}={c.Value}").Order(StringComparer.Ordinal).ToArray(),
        jarCookies = RequestScope.Cookies().GetAll().Select(c => $"{c.Name}={c.Value}").Order(StringComparer.Ordinal).ToArray(),
    };
}
