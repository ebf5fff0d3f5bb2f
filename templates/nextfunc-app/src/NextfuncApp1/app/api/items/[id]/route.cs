using System.Text.Json.Nodes;

namespace NextfuncApp1.Api.Items;

/// <summary>GET /api/items/{id}: a dynamic segment, percent-decoded once, in context.Params.</summary>
public static class ItemById
{
    public static IResult GET(RouteContext context) =>
        NextResponse.Json(new JsonObject { ["id"] = context.Params["id"], ["name"] = $"Item {context.Params["id"]}" });
}
