using Nextfunc.Routing.Http;

namespace SampleApp.Docs;

/// <summary>GET /docs and /docs/any/depth: an optional catch-all also matches zero segments.</summary>
public static class DocsPage
{
    /// <summary>A docs page, or the index when the URL has no segments after /docs.</summary>
    public static IResult GET(string[]? slug) =>
        NextResponse.Text(slug is null ? "docs index" : "docs: " + string.Join("/", slug));
}
