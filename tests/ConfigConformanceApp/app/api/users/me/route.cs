namespace ConfigConformanceApp.Api.Users;

/// <summary>GET /api/users/me: a static segment that beats users/[id].</summary>
public static class CurrentUser
{
    public static IResult GET() => NextResponse.Json(new { route = "users/me" });
}
