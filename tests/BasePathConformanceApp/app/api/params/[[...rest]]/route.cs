namespace BasePathConformanceApp.Api;

/// <summary>GET /api/params[/...]: what a config rewrite or redirect target sees: its params, pathname and query.</summary>
public static class Params
{
    public static IResult GET(NextRequest request, RouteContext context)
    {
        var query = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in request.NextUrl.SearchParams.Keys)
            query[key] = request.NextUrl.SearchParams.GetAll(key);
        return NextResponse.Json(new
        {
            route = "params",
            rest = context.Params.ContainsKey("rest") ? context.Params.GetAll("rest") : null,
            pathname = request.NextUrl.Pathname,
            query,
            seenHeader = request.Headers.Get("x-config-request"),
        });
    }
}
