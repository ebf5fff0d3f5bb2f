namespace BasePathConformanceApp.About;

/// <summary>GET /about[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class AboutRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "about",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
