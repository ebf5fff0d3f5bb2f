namespace ConfigConformanceApp.Api;

/// <summary>GET /api/files/a/b: a catch-all; slug is the array of decoded segments.</summary>
public static class FilesBySlug
{
    public static IResult GET(RouteContext context) =>
        NextResponse.Json(new { route = "files/[...slug]", slug = context.Params.GetAll("slug") });
}
