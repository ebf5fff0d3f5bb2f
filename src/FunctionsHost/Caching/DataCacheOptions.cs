namespace Nextfunc.Caching;

/// <summary>Options of one <see cref="DataCache"/> call, like the third argument of Next's <c>unstable_cache</c>.</summary>
/// <example><code>var options = new DataCacheOptions { Tags = ["products"], Revalidate = TimeSpan.FromMinutes(5) };</code></example>
public sealed record DataCacheOptions
{
    /// <summary>Tags of the value; <see cref="OutputCache.RevalidateTagAsync"/> of any of them recomputes it, and
    /// cached route responses that read it are invalidated too.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Age after which the value is recomputed; <c>null</c> = until a tag is revalidated.</summary>
    public TimeSpan? Revalidate { get; init; }
}
