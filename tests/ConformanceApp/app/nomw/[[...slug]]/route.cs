namespace ConformanceApp.Nomw;

/// <summary>GET /nomw[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class NomwRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "nomw",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
