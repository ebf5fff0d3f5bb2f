namespace SampleApp;

/// <summary>
/// Runs before every /api route (the matcher is compiled at build time): tags responses,
/// guards writes to /api/users and rewrites /api/catalog to /api/products.
/// </summary>
public static class AppMiddleware
{
    public static readonly MiddlewareConfig Config = new()
    {
        Matcher = ["/api/:path*"],
    };

    public static NextResponse Middleware(NextRequest request)
    {
        var writes = request.Method is "POST" or "PUT" or "DELETE";
        if (writes && request.NextUrl.Pathname.StartsWith("/api/users") && string.IsNullOrEmpty(request.Headers.Get("authorization")))
            return NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["error"] = "unauthorized" }, 401);

        // The catalog's old address: served by /api/products in-process, the URL unchanged.
        if (request.NextUrl.Pathname == "/api/catalog")
            return NextResponse.Rewrite(new Uri(request.Url, "/api/products"));

        var response = NextResponse.Next();
        response.Headers.Set("x-powered-by", "Nextfunc");
        return response;
    }
}
