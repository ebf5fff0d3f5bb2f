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

    /// <summary>
    /// Read the shared store, bypassing this instance's L1, from whichever of the store's copies of the entry this
    /// instance reads (the blob store keeps several, so a thousand instances do not all read one blob): used to see
    /// whether another instance already regenerated a stale entry, and while waiting for its render. A copy can lag the
    /// entry by a write; the caller judges what it reads, and reads <see cref="Authoritative"/> before it renders.
    /// </summary>
    Shared,
}
