namespace ConformanceApp.Api;

/// <summary>GET /api/nav-notfound: notFound() gives a 404 with an empty body.</summary>
public static class NavNotFound
{
    public static IResult GET()
    {
        Navigation.NotFound();
        return null!; // unreachable: NotFound never returns
    }
}
