namespace ConformanceApp.Ck;

/// <summary>GET /ck[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class CkRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "ck",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
