namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/wait-until: answers as echo does (the middleware's branch for this path is what is tested).</summary>
public static class WaitUntil
{
    public static IResult GET(NextRequest request) => NextResponse.Json(Echo.Of(request));
}
