using Serverless.Routing.Matching;
using Serverless.Routing.Http;

namespace SampleApp.Docs;

/// <summary>GET /docs and /docs/any/depth: an optional catch-all also matches zero segments.</summary>
public static class DocsPage
{
    public static IResult GET(RouteParams @params) =>
        NextResponse.Text(@params.ContainsKey("slug") ? "docs: " + @params["slug"] : "docs index");
}
