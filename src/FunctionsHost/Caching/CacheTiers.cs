namespace Nextfunc.Caching;

/// <summary>
/// The stores the cache engine works with and how they stack, fixed once from the settings: the store every call goes
/// through (behind the guard's timeouts), the in-process copy that may be read without the guard, and the shared store
/// behind that copy when there is one. The engine asks this, never a store's type.
/// </summary>
/// <example>
/// <code>
/// var tiers = CacheTiers.Tiered(new MemoryCacheStore(64 &lt;&lt; 20, time), blobStore); // L1 in front of Blob Storage
/// var single = CacheTiers.MemoryOnly(new MemoryCacheStore(64 &lt;&lt; 20, time));        // Nextfunc:Cache:Store=memory
/// </code>
/// </example>
internal sealed class CacheTiers
{
    private CacheTiers(ICacheStore store, MemoryCacheStore? local, ICacheStore? shared)
    {
        Store = store;
        Local = local;
        SharedBehindLocal = shared;
    }

    /// <summary>An in-memory L1 in front of a store all instances share.</summary>
    public static CacheTiers Tiered(MemoryCacheStore local, ICacheStore shared) => new(new TieredCacheStore(local, shared), local, shared);

    /// <summary>One in-memory store: nothing is shared between instances, and nothing can fail.</summary>
    public static CacheTiers MemoryOnly(MemoryCacheStore memory) => new(memory, memory, null);

    /// <summary>A shared store with no L1 (<c>Nextfunc:Cache:MemoryLimitMB = 0</c>): every read asks it.</summary>
    public static CacheTiers SharedOnly(ICacheStore shared) => new(shared, null, null);

    /// <summary>The store every engine call goes through.</summary>
    public ICacheStore Store { get; }

    /// <summary>The in-process copy (an L1, or the whole store when memory-only), which can neither hang nor fail; null without one.</summary>
    public MemoryCacheStore? Local { get; }

    /// <summary>The shared store behind <see cref="Local"/> when the two are tiered; null otherwise.</summary>
    public ICacheStore? SharedBehindLocal { get; }

    /// <summary>True when <see cref="Local"/> is an L1 in front of <see cref="SharedBehindLocal"/>.</summary>
    public bool IsTiered => SharedBehindLocal is not null;
}
