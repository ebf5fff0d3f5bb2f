namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/req-cookies-clear: answers as echo does (the middleware's branch for this path is what is tested).</summary>
public static class ReqCookiesClear
{
    public static IResult GET(NextRequest request) => NextResponse.Json(Echo.Of(request));
}
