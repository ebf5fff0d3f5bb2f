namespace ConformanceApp.Api;

/// <summary>GET /api/reqheader: sees the request headers middleware injected and removed.</summary>
public static class RequestHeaderRoute
{
    public static IResult GET(NextRequest request) => NextResponse.Json(new
    {
        fromMw = request.Headers.Get("x-from-mw"),
        fromMwViaHeadersFn = RequestScope.Headers().Get("x-from-mw"),
        removeMe = request.Headers.Get("x-remove-me"),
        client = request.Headers.Get("x-client"),
    });
}
