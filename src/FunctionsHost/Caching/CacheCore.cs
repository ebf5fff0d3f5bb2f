using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>
/// What the output cache and the data cache share: reading and writing entries through the guarded store (with the L1
/// served without the guard, and renders kept in the L1 while the shared store is down), entry decoding, and the
/// <see cref="Tags"/> and <see cref="Lock"/> that decide freshness and who renders.
/// </summary>
internal sealed class CacheCore
{
    private readonly CacheTiers _tiers;

    // Keys whose latest render only this instance's L1 holds (the shared store was down when it was written).
    // PERF: every hit asks IsKeptLocally, which reads a count while there are none (the usual case). The dictionary's
    // own IsEmpty would take all of its locks whenever it is empty.
    private readonly ConcurrentDictionary<string, byte> _keptLocally = new(StringComparer.Ordinal);
    private int _keptCount;

    public CacheCore(CacheTiers tiers, OutputCacheOptions options, TimeProvider time, ILogger logger)
    {
        _tiers = tiers;
        Options = options;
        Time = time;
        Logger = logger;
        Keys = new CacheKeys(options.BuildId);
        Guard = new StoreGuard(tiers.Store, options, time, logger);
        Tags = new TagRevalidations(Guard, Keys, options, time);
        Lock = new RenderLock(this);
    }

    public OutputCacheOptions Options { get; }
    public TimeProvider Time { get; }
    public ILogger Logger { get; }
    public CacheKeys Keys { get; }
    public StoreGuard Guard { get; }
    public TagRevalidations Tags { get; }
    public RenderLock Lock { get; }

    public ValueTask<CacheEntry?> ReadAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        // An in-memory copy can neither hang nor fail: read it without the store guard's timeout machinery, unless
        // it is a render kept only here during an outage, which the guarded read shares once the store is back.
        var memory = !_tiers.IsTiered || mode == CacheReadMode.Default ? _tiers.Local : null;
        return memory is not null && !IsKeptLocally(key) && memory.TryGet(key, out var held, out var parsed)
            ? ValueTask.FromResult(parsed as CacheEntry ?? DecodeHeld(memory, key, held))
            : ReadGuardedAsync(key, mode, cancellationToken);
    }

    private async ValueTask<CacheEntry?> ReadGuardedAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        var (ok, bytes) = await Guard.TryAsync(
            "get", key, (s, ct) => s.GetAsync(key, mode, ct), cancellationToken, mayBeServedLocally: mode == CacheReadMode.Default && _tiers.IsTiered);
        if (!ok && mode == CacheReadMode.Default && _tiers.IsTiered)
        {
            // Stale-if-error: while the shared store is down (or paused after a failure), this instance keeps
            // serving the copy it already holds instead of re-rendering on every request.
            bytes = await _tiers.Local!.GetAsync(key, mode, cancellationToken);
        }

        if (bytes is null || Decode(key, bytes) is not { } entry)
        {
            return null;
        }

        if (ok && mode == CacheReadMode.Default && IsKeptLocally(key) && _tiers.SharedBehindLocal is { } sharedStore)
        {
            return await ShareKeptEntryAsync(key, entry, sharedStore, cancellationToken);
        }

        return entry;
    }

    // An array held in memory is never written to after it is stored, so it is parsed and checked once, on its
    // first read, and the entry kept beside it; bytes from the shared store are always new arrays and always verified
    // (checksum and key).
    private CacheEntry? DecodeHeld(MemoryCacheStore memory, string key, byte[] bytes)
    {
        var entry = Decode(key, bytes);
        if (entry is not null)
            memory.RememberParsed(key, bytes, entry);
        return entry;
    }

    private bool IsKeptLocally(string key) => Volatile.Read(ref _keptCount) != 0 && _keptLocally.ContainsKey(key);

    private void Unkeep(string key)
    {
        if (Volatile.Read(ref _keptCount) != 0 && _keptLocally.TryRemove(key, out _))
            Interlocked.Decrement(ref _keptCount);
    }

    private CacheEntry? Decode(string key, byte[] bytes)
    {
        if (CacheEntryFormatter.TryDeserialize(bytes, key, out var entry, out var error))
        {
            return entry;
        }

        CacheLog.CorruptEntry(Logger, key, error!);
        return null;
    }

    /// <summary>
    /// An entry this instance rendered while the shared store was down lives only in its L1. Once the store answers
    /// again, the first read shares it: it adds it to the shared store only if that holds none, and otherwise adopts
    /// the stored one. Every instance that kept a render does the same, so the first to add wins and all converge on
    /// one version; none is lost while no other exists.
    /// </summary>
    private async Task<CacheEntry> ShareKeptEntryAsync(string key, CacheEntry entry, ICacheStore sharedStore, CancellationToken cancellationToken)
    {
        var serialized = CacheEntryFormatter.Serialize(key, entry);
        var (ok, added) = await Guard.TryAsync("set", key, (_, ct) => sharedStore.AddAsync(key, serialized, ct), cancellationToken);
        if (!ok)
        {
            return entry;
        }

        Unkeep(key);
        if (added)
        {
            return entry;
        }

        var (read, bytes) = await Guard.TryAsync("get", key, (s, ct) => s.GetAsync(key, CacheReadMode.Authoritative, ct), cancellationToken);
        return read && bytes is not null && CacheEntryFormatter.TryDeserialize(bytes, key, out var shared, out _) ? shared! : entry;
    }

    /// <summary>Writes an entry; never throws (a failed write only costs a later re-render).</summary>
    public async Task<bool> WriteAsync(string key, CacheEntry entry)
    {
        var bytes = CacheEntryFormatter.Serialize(key, entry);
        if (await Guard.TryAsync("set", key, (s, ct) => s.SetAsync(key, bytes, ct), CancellationToken.None))
        {
            Unkeep(key);
            return true;
        }

        // The shared store refused or is paused: keep what was rendered in this instance's L1, so the next
        // request is a hit here rather than another render; the first read once the store is back shares it.
        if (_tiers.IsTiered)
        {
            await _tiers.Local!.SetAsync(key, bytes, CancellationToken.None);
            Interlocked.Increment(ref _keptCount); // counted first: a concurrent Unkeep never skips a key being added
            if (!_keptLocally.TryAdd(key, 0))
                Interlocked.Decrement(ref _keptCount);
        }

        return false;
    }
}
