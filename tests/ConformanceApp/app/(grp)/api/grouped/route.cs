namespace ConformanceApp.Grouped;

/// <summary>GET /api/grouped: the (grp) route group is left out of the URL.</summary>
public static class GroupedRoute
{
    public static IResult GET() => NextResponse.Json(new { route = "(grp)/api/grouped" });
}
