namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/ua: userAgent(request), what Next.js makes of the User-Agent header (user-agent-cases.json).</summary>
public static class Ua
{
    public static IResult GET(NextRequest request) => NextResponse.Json(UserAgent.From(request), UserAgent.JsonTypeInfo);
}
