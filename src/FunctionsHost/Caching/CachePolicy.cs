namespace Nextfunc.Caching;

/// <summary>How long a cached route response stays fresh.</summary>
/// <example>
/// <code>
/// var forceStatic = new CachePolicy(null);                      // export const dynamic = 'force-static'
/// var isr = new CachePolicy(TimeSpan.FromSeconds(60));          // export const revalidate = 60
/// </code>
/// </example>
/// <param name="Revalidate"><c>null</c>: fresh until invalidated. Otherwise the age after which the entry is served stale once and regenerated in the background.</param>
internal sealed record CachePolicy(TimeSpan? Revalidate)
{
    /// <summary>Cached until <see cref="OutputCache.RevalidatePathAsync"/> / <see cref="OutputCache.RevalidateTagAsync"/> (Next's <c>force-static</c>).</summary>
    public static CachePolicy Forever { get; } = new((TimeSpan?)null);
}
