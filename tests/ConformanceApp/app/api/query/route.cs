using System.Text.Json.Nodes;

namespace ConformanceApp.Api;

/// <summary>GET /api/query: searchParams get / getAll per key, the raw search and the encoded pathname.</summary>
public static class QueryRoute
{
    public static IResult GET(NextRequest request)
    {
        var sp = request.NextUrl.SearchParams;
        var all = new JsonObject();
        foreach (var key in sp.Keys)
            all[key] = new JsonArray(sp.GetAll(key).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        return NextResponse.Json(new JsonObject
        {
            ["route"] = "query",
            ["q"] = sp.Get("q"),
            ["all"] = all,
            ["search"] = request.NextUrl.Search,
            ["pathname"] = request.NextUrl.Pathname,
        });
    }
}
