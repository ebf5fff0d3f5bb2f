using Serverless.Routing.Http;

namespace SampleApp;

/// <summary>Runs before every /api route: tags responses and guards /api/users writes.</summary>
public static class AppMiddleware
{
    public static NextResponse Middleware(NextRequest request)
    {
        var writes = request.Method is "POST" or "PUT" or "DELETE";
        if (writes && request.NextUrl.Pathname.StartsWith("/api/users") && request.Headers.Get("authorization") is null)
            return NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["error"] = "unauthorized" }, 401);

        var response = NextResponse.Next();
        response.Headers.Set("x-powered-by", "Serverless");
        return response;
    }
}
