namespace ConformanceApp.Api;

/// <summary>GET /api/opt[/...]: with zero segments the slug key is absent from params, not an empty list.</summary>
public static class OptionalCatchAll
{
    public static IResult GET(RouteContext context)
    {
        var hasSlug = context.Params.ContainsKey("slug");
        return NextResponse.Json(new
        {
            route = "opt/[[...slug]]",
            hasSlugKey = hasSlug,
            slug = hasSlug ? context.Params.GetAll("slug") : null,
        });
    }
}
