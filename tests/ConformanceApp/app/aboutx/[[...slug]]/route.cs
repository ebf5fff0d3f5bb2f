namespace ConformanceApp.Aboutx;

/// <summary>GET /aboutx[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class AboutxRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "aboutx",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
