namespace ConfigConformanceApp.Api;

/// <summary>GET /api/where: echoes the URL the handler sees.</summary>
public static class Where
{
    public static IResult GET(NextRequest request) => NextResponse.Json(new
    {
        route = "where",
        url = request.Url.AbsoluteUri,
        pathname = request.NextUrl.Pathname,
        search = request.NextUrl.Search,
    });
}
