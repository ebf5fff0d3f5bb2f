namespace Nextfunc.Caching;

/// <summary>Whether a read may be answered by a per-instance copy.</summary>
/// <example><code>var bytes = await store.GetAsync(key, CacheReadMode.Authoritative, ct);</code></example>
internal enum CacheReadMode
{
    /// <summary>Any tier may answer (the in-memory L1 first).</summary>
    Default,

    /// <summary>Read the shared store, bypassing local copies: used right after taking the render lock,
    /// to see whether another instance already regenerated the entry.</summary>
    Authoritative,
}
