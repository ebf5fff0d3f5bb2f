namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/rethrow: Navigation.Rethrow (unstable_rethrow) in a catch-all lets notFound() through.</summary>
public static class Rethrow
{
    public static IResult GET()
    {
        try
        {
            Navigation.NotFound();
            return null!; // unreachable
        }
        catch (Exception e)
        {
            Navigation.Rethrow(e);
            return NextResponse.Json(new { caught = true });
        }
    }
}
