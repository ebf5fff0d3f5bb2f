namespace Nextfunc.Caching;

/// <summary>
/// Attaches cache tags to whatever cached render or data-cache factory is running on this async flow, like
/// Next's <c>cacheTag()</c>. The output cache runs each render inside a fresh collector (an
/// <see cref="AsyncLocal{T}"/>), and <see cref="DataCache"/> reports its tags here, so a route response built from
/// tagged data is invalidated by <see cref="OutputCache.RevalidateTagAsync"/> of that tag. Outside a cached
/// render the calls do nothing.
/// </summary>
/// <example>
/// <code>
/// // inside a force-static GET handler
/// CacheTags.Add("products");
/// </code>
/// </example>
public static class CacheTags
{
    private static readonly AsyncLocal<CacheTagCollector?> CurrentCollector = new();

    /// <summary>Adds <paramref name="tag"/> to the current render's tags.</summary>
    public static void Add(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        CurrentCollector.Value?.Add(tag);
    }

    /// <summary>Adds every tag in <paramref name="tags"/>.</summary>
    public static void AddRange(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            Add(tag);
        }
    }

    /// <summary>A cached fetch's window: the render that made it is stored with a window no longer (as in Next.js).</summary>
    internal static void LowerRevalidate(TimeSpan? window)
    {
        if (window is { } w)
            CurrentCollector.Value?.LowerRevalidate(w);
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside a new collector and returns its result with the tags it reported and the shortest
    /// revalidate window of the cached fetches it made (null: none).
    /// </summary>
    internal static async Task<(T Result, string[] Tags, TimeSpan? Revalidate)> CollectAsync<T>(Func<Task<T>> work)
    {
        // Runs in its own async method: the AsyncLocal change is undone for the caller when this returns.
        var collector = new CacheTagCollector();
        CurrentCollector.Value = collector;
        var result = await work();
        return (result, collector.ToArray(), collector.Revalidate);
    }
}
