using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching;

/// <summary>
/// The tags every cached response of a route carries besides its path's own, as Next.js derives them for
/// <c>revalidatePath(path, type)</c>: <c>_N_T_/layout</c>, then one <c>layout</c> tag per folder of the route pattern, then
/// the route's <c>page</c> tag. <see cref="RevalidatePathType.Layout"/> on a folder purges everything under it,
/// <see cref="RevalidatePathType.Page"/> on a route pattern every URL of that route.
/// </summary>
/// <example><c>/api/posts/[slug]</c> → <c>_N_T_/layout</c>, <c>_N_T_/api/layout</c>, <c>_N_T_/api/posts/layout</c>, <c>_N_T_/api/posts/[slug]/layout</c>, <c>_N_T_/api/posts/[slug]/page</c>.</example>
internal static class ImplicitTags
{
    /// <summary>The tags of every response of a route with this pattern, computed once per route.</summary>
    public static string[] Of(RoutePattern pattern)
    {
        var tags = new List<string> { Tag("/", RevalidatePathType.Layout) };
        var folder = "";
        foreach (var segment in pattern.Segments)
        {
            folder += "/" + segment;
            tags.Add(Tag(folder, RevalidatePathType.Layout));
        }
        tags.Add(Tag(folder.Length == 0 ? "/" : folder, RevalidatePathType.Page));
        return [.. tags];
    }

    /// <summary>The tag <c>revalidatePath(path, type)</c> invalidates.</summary>
    public static string Tag(string path, RevalidatePathType type)
    {
        var normalized = CacheKeys.NormalizePath(path);
        return CacheKeys.PathTagPrefix + normalized + (normalized.EndsWith('/') ? "" : "/") + (type == RevalidatePathType.Layout ? "layout" : "page");
    }
}
