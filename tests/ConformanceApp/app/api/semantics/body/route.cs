namespace ConformanceApp.Api.Semantics;

/// <summary>POST /api/semantics/body: the body, after the middleware read it too.</summary>
public static class Body
{
    public static async Task<IResult> POST(NextRequest request) => NextResponse.Json(new { handlerBody = await request.TextAsync() });
}
