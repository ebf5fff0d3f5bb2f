using Nextfunc.Caching;

namespace ConformanceApp.Api.Semantics;

/// <summary>POST /api/semantics/revalidate-path?path=...&amp;type=page|layout: revalidatePath(path, type).</summary>
public static class RevalidatePath
{
    public static async Task<IResult> POST(NextRequest request, OutputCache cache)
    {
        var path = request.NextUrl.SearchParams.Get("path") ?? "/";
        var type = request.NextUrl.SearchParams.Get("type");
        if (type is null) await cache.RevalidatePathAsync(path);
        else await cache.RevalidatePathAsync(path, type == "layout" ? RevalidatePathType.Layout : RevalidatePathType.Page);
        return NextResponse.Json(new { revalidated = path, type });
    }
}
