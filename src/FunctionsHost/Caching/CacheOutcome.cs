namespace Nextfunc.Caching;

/// <summary>What the cache did for one request; the host maps it to <c>x-nextjs-cache</c>.</summary>
/// <example><code>var header = result.Outcome.ToString().ToUpperInvariant(); // HIT, MISS, STALE</code></example>
internal enum CacheOutcome
{
    /// <summary>A fresh stored entry was served.</summary>
    Hit,

    /// <summary>No usable entry: the response was rendered (or awaited from another instance) during this request.</summary>
    Miss,

    /// <summary>The entry was older than its revalidate time; it was served and one background regeneration was started.</summary>
    Stale,
}
