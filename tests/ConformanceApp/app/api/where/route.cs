namespace ConformanceApp.Api;

/// <summary>GET /api/where: echoes the URL the handler sees (a middleware rewrite target).</summary>
public static class Where
{
    public static IResult GET(NextRequest request) => NextResponse.Json(new
    {
        route = "where",
        url = request.NextUrl.Href,
        pathname = request.NextUrl.Pathname,
        search = request.NextUrl.Search,
    });
}
