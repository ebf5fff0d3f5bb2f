using Nextfunc.Routing.Http;

namespace SampleApp.Catalog;

/// <summary>
/// GET /api/products: the (catalog) route group is left out of the URL. Revalidate = 60 caches the
/// response and regenerates it in the background once a minute (stale-while-revalidate).
/// </summary>
public static class Products
{
    public const int Revalidate = 60;

    public static IResult GET() => NextResponse.Json(new System.Text.Json.Nodes.JsonObject
    {
        ["products"] = new System.Text.Json.Nodes.JsonArray("keyboard", "mouse", "monitor"),
        ["renderedAt"] = DateTimeOffset.UtcNow.ToString("O"),
    });
}
