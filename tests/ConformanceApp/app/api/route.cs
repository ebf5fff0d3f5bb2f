namespace ConformanceApp.Api;

/// <summary>GET /api returns plain text; POST echoes the JSON body.</summary>
public static class ApiRoot
{
    public static IResult GET() => NextResponse.Text("Hello from GET /api", contentType: "text/plain; charset=utf-8");

    // Invalid (or empty) JSON throws, which the host answers with 500 and an empty body, as Next.js does.
    public static async Task<IResult> POST(NextRequest request) =>
        NextResponse.Json(new { received = await request.JsonAsync() });
}
