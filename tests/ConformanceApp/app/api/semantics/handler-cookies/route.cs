namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/handler-cookies: cookies().set, then reads in the same handler see what was set.</summary>
public static class HandlerCookies
{
    public static IResult GET()
    {
        var jar = RequestScope.Cookies();
        var before = jar.Get("a")?.Value;
        jar.Set("a", "new");
        jar.Set("added", "x");
        jar.Delete("gone");
        return NextResponse.Json(new
        {
            before,
            after = jar.Get("a")?.Value,
            hasAdded = jar.Has("added"),
            hasGone = jar.Has("gone"),
            names = jar.GetAll().Select(c => c.Name).Order(StringComparer.Ordinal).ToArray(),
        });
    }
}
