namespace SampleApp;

/// <summary>
/// Runs before every /api route (the matcher is compiled at build time): tags responses,
/// guards writes to /api/users, rewrites /api/catalog to /api/products and /api/stats to the key-protected
/// /api/admin/stats, and redirects the old /api/people to /api/users.
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

        // A short public address for the admin stats: the rewrite keeps their AuthLevel, so it needs the same key.
        if (request.NextUrl.Pathname == "/api/stats")
            return NextResponse.Rewrite(new Uri(request.Url, "/api/admin/stats"));

        // A renamed route. On the request's own origin the redirect is sent relative (as next start does), so the browser
        // stays on the host it used, whatever the app sees as its origin.
        if (request.NextUrl.Pathname == "/api/people")
            return NextResponse.Redirect(new Uri(request.Url, "/api/users"), 308);

        var response = NextResponse.Next();
        response.Headers.Set("x-powered-by", "Nextfunc");
        return response;
    }
}
