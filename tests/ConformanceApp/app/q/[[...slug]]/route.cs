namespace ConformanceApp.Q;

/// <summary>GET /q[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class QRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "q",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
