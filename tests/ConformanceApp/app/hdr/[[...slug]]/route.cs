namespace ConformanceApp.Hdr;

/// <summary>GET /hdr[/...]: echoes the optional catch-all (null when absent); used to observe the middleware matcher.</summary>
public static class HdrRoute
{
    public static IResult GET(RouteContext context) => NextResponse.Json(new
    {
        route = "hdr",
        slug = context.Params.ContainsKey("slug") ? context.Params.GetAll("slug") : null,
    });
}
