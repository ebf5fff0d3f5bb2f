namespace Nextfunc.Caching;

/// <summary>
/// The <c>type</c> of Next.js's <c>revalidatePath(path, type)</c>: what a path names besides the one URL.
/// </summary>
/// <example>
/// <code>
/// await cache.RevalidatePathAsync("/api/posts/[slug]", RevalidatePathType.Page);   // every post
/// await cache.RevalidatePathAsync("/api", RevalidatePathType.Layout);              // everything under /api
/// </code>
/// </example>
public enum RevalidatePathType
{
    /// <summary>The path is a route pattern (<c>/api/posts/[slug]</c>): every cached URL of that route.</summary>
    Page,

    /// <summary>The path is a folder (<c>/api/posts</c>, or <c>/</c> for the whole app): every cached URL under it.</summary>
    Layout,
}
