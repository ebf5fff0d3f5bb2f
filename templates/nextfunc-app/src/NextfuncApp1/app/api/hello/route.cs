namespace NextfuncApp1.Api;

/// <summary>GET /api/hello (HEAD and OPTIONS are automatic, other verbs are 405).</summary>
public static class Hello
{
    public static IResult GET(NextRequest request) =>
        NextResponse.Text($"Hello, {request.NextUrl.SearchParams.Get("name") ?? "world"}!");
}
