namespace Nextfunc.Caching;

/// <summary>
/// Tags gathered while one render or data factory runs, and the shortest revalidate window of the cached fetches it made
/// (thread-safe: renders may fan out).
/// </summary>
internal sealed class CacheTagCollector
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private long _revalidateTicks = long.MaxValue;

    /// <summary>The shortest window reported, or null when none was.</summary>
    public TimeSpan? Revalidate => Interlocked.Read(ref _revalidateTicks) is var ticks && ticks == long.MaxValue ? null : TimeSpan.FromTicks(ticks);

    public void LowerRevalidate(TimeSpan window)
    {
        long current;
        while ((current = Interlocked.Read(ref _revalidateTicks)) > window.Ticks
               && Interlocked.CompareExchange(ref _revalidateTicks, window.Ticks, current) != current)
        {
        }
    }

    public void Add(string tag)
    {
        lock (_tags)
        {
            _tags.Add(tag);
        }
    }

    public string[] ToArray()
    {
        lock (_tags)
        {
            return [.. _tags];
        }
    }
}
