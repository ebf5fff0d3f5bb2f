namespace BasePathConformanceApp.Api;

/// <summary>GET /api/nav-redirect: redirect() gives a 307 with the location as given.</summary>
public static class NavRedirect
{
    public static IResult GET()
    {
        Navigation.Redirect("/api/users/me");
        return null!; // unreachable
    }
}
