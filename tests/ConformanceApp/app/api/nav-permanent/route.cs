namespace ConformanceApp.Api;

/// <summary>GET /api/nav-permanent: permanentRedirect() gives a 308 with the location as given.</summary>
public static class NavPermanent
{
    public static IResult GET()
    {
        Navigation.PermanentRedirect("/api/users/me");
        return null!; // unreachable
    }
}
