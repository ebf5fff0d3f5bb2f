namespace ConformanceApp.Api.Secure;

/// <summary>GET /api/secure/data: middleware answers 401 unless an Authorization header is present.</summary>
public static class SecureData
{
    public static IResult GET(NextRequest request) =>
        NextResponse.Json(new { secret = 42, auth = request.Headers.Get("authorization") });
}
