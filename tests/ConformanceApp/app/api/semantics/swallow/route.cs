namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/swallow: a catch-all around notFound() without Rethrow swallows it.</summary>
public static class Swallow
{
    public static IResult GET()
    {
        try
        {
            Navigation.NotFound();
            return null!; // unreachable
        }
        catch
        {
            return NextResponse.Json(new { caught = true });
        }
    }
}
