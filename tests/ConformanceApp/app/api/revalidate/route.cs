namespace ConformanceApp.Api;

/// <summary>
/// POST /api/revalidate?path=/api/static or ?tag=tag-a: invalidates the output cache by path or tag.
/// Deliberate divergence (FINDINGS §8): this does invalidate cached route handlers; in Next.js 15.3.4 it does not.
/// </summary>
public static class RevalidateRoute
{
    public static IResult POST(NextRequest request)
    {
        var sp = request.NextUrl.SearchParams;
        var path = sp.Get("path");
        var tag = sp.Get("tag");
        // TODO(cache): if (!string.IsNullOrEmpty(path)) await OutputCache.RevalidatePathAsync(path);
        //   (Serverless.FunctionsHost.Caching, not merged yet; the handler becomes async and takes OutputCache from DI)
        // TODO(cache): if (!string.IsNullOrEmpty(tag)) await OutputCache.RevalidateTagAsync(tag);
        return NextResponse.Json(new { revalidated = true, path, tag });
    }
}
