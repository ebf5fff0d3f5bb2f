namespace ConformanceApp.Private;

/// <summary>A private folder: this file must never be routable (/_private/x is a 404).</summary>
public static class PrivateRoute
{
    public static IResult GET() => NextResponse.Json(new { route = "_private/x", leaked = true });
}
