namespace ConformanceApp.Api.Semantics;

/// <summary>
/// GET /api/semantics/cached/[id]: force-static, each id rendered once, then served from the cache until
/// revalidatePath purges it. The body is unique per render.
/// </summary>
public static class Cached
{
    public const string Dynamic = "force-static";

    public static IResult GET(RouteParams @params) => NextResponse.Json(new { id = @params["id"], render = Guid.NewGuid().ToString() });
}
