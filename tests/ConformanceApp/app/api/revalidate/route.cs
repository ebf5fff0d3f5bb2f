using Nextfunc.Caching;

namespace ConformanceApp.Api;

/// <summary>
/// POST /api/revalidate?path=/api/static or ?tag=tag-a: invalidates the output cache by path or tag.
/// Deliberate divergence (FINDINGS §8): this does invalidate cached route handlers; in Next.js 15.3.4 it does not.
/// </summary>
public static class RevalidateRoute
{
    public static async Task<IResult> POST(NextRequest request, OutputCache cache)
    {
        var sp = request.NextUrl.SearchParams;
        var path = sp.Get("path");
        var tag = sp.Get("tag");
        if (!string.IsNullOrEmpty(path)) await cache.RevalidatePathAsync(path);
        if (!string.IsNullOrEmpty(tag)) await cache.RevalidateTagAsync(tag);
        return NextResponse.Json(new { revalidated = true, path, tag });
    }
}
