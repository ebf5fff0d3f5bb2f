namespace ConformanceApp.Other;

/// <summary>GET /other[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class OtherRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "other",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
