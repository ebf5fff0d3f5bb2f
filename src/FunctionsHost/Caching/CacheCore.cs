using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>
/// What the output cache and the data cache share: guarded store access, entry (de)serialization,
/// freshness rules, tag revalidation times and the cross-instance render lock.
/// </summary>
internal sealed class CacheCore
{
    // By tag as written: this core serves one build, whose id Keys.Tag adds for the shared store.
    private readonly ConcurrentDictionary<string, (DateTimeOffset? At, DateTimeOffset CheckedAt)> _tagTimes = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<byte[], CacheEntry> _decoded = new();
    private long _lastLocalRevalidationTicks;

    // Keys whose latest render only this instance's L1 holds (the shared store was down when it was written).
    private readonly ConcurrentDictionary<string, byte> _keptLocally = new(StringComparer.Ordinal);

    public CacheCore(ICacheStore store, OutputCacheOptions options, TimeProvider time, ILogger logger)
    {
        Options = options;
        Time = time;
        Logger = logger;
        Keys = new CacheKeys(options.BuildId);
        Guard = new StoreGuard(store, options, time, logger);
    }

    public OutputCacheOptions Options { get; }
    public TimeProvider Time { get; }
    public ILogger Logger { get; }
    public CacheKeys Keys { get; }
    public StoreGuard Guard { get; }

    /// <summary>
    /// Creation time for a new entry: strictly after any revalidation this instance made, so an entry rendered
    /// right after <c>revalidateTag</c> within the same clock tick is not born invalid.
    /// </summary>
    public DateTimeOffset NextCreatedAt()
    {
        var now = Time.GetUtcNow();
        var floor = Interlocked.Read(ref _lastLocalRevalidationTicks) + 1;
        return now.UtcTicks >= floor ? now : new DateTimeOffset(floor, TimeSpan.Zero);
    }

    public ValueTask<CacheEntry?> ReadAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        // An in-memory copy can neither hang nor fail: read it without the store guard's timeout machinery, unless
        // it is a render kept only here during an outage, which the guarded read shares once the store is back.
        var memory = Guard.Store switch
        {
            TieredCacheStore tiered when mode == CacheReadMode.Default => tiered.Local,
            MemoryCacheStore alone => alone,
            _ => null,
        };
        return memory is not null && (_keptLocally.IsEmpty || !_keptLocally.ContainsKey(key)) && memory.TryGet(key, out var held)
            ? ValueTask.FromResult(DecodeHeld(key, held))
            : ReadGuardedAsync(key, mode, cancellationToken);
    }

    private async ValueTask<CacheEntry?> ReadGuardedAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        var (ok, bytes) = await Guard.TryAsync(
            "get", key, (s, ct) => s.GetAsync(key, mode, ct), cancellationToken, mayBeServedLocally: mode == CacheReadMode.Default && Guard.Store is TieredCacheStore);
        if (!ok && mode == CacheReadMode.Default && Guard.Store is TieredCacheStore tiered)
        {
            // Stale-if-error: while the shared store is down (or paused after a failure), this instance keeps
            // serving the copy it already holds instead of re-rendering on every request.
            bytes = await tiered.Local.GetAsync(key, mode, cancellationToken);
        }

        if (bytes is null || Decode(key, bytes) is not { } entry)
        {
            return null;
        }

        if (ok && mode == CacheReadMode.Default && !_keptLocally.IsEmpty && _keptLocally.ContainsKey(key) && Guard.Store is TieredCacheStore kept)
        {
            return await ShareKeptEntryAsync(key, entry, kept, cancellationToken);
        }

        return entry;
    }

    // An array held in memory is never written to after it is stored, so it is parsed and checked once, on its
    // first read; bytes from the shared store are always new arrays and always verified (checksum and key).
    private CacheEntry? DecodeHeld(string key, byte[] bytes)
    {
        if (_decoded.TryGetValue(bytes, out var known))
            return known;
        var entry = Decode(key, bytes);
        if (entry is not null)
            _decoded.AddOrUpdate(bytes, entry);
        return entry;
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
    private async Task<CacheEntry> ShareKeptEntryAsync(string key, CacheEntry entry, TieredCacheStore tiered, CancellationToken cancellationToken)
    {
        var serialized = CacheEntryFormatter.Serialize(key, entry);
        var (ok, added) = await Guard.TryAsync("set", key, (_, ct) => tiered.Shared.AddAsync(key, serialized, ct), cancellationToken);
        if (!ok)
        {
            return entry;
        }

        _keptLocally.TryRemove(key, out _);
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
            if (!_keptLocally.IsEmpty)
                _keptLocally.TryRemove(key, out _);
            return true;
        }

        // The shared store refused or is paused: keep what was rendered in this instance's L1, so the next
        // request is a hit here rather than another render; the first read once the store is back shares it.
        if (Guard.Store is TieredCacheStore tiered)
        {
            await tiered.Local.SetAsync(key, bytes, CancellationToken.None);
            _keptLocally[key] = 0;
        }

        return false;
    }

    public ValueTask<EntryFreshness> EvaluateAsync(CacheEntry entry, TimeSpan? revalidate, CancellationToken cancellationToken) =>
        TryLatestKnownRevalidation(entry.Tags, out var latest)
            ? ValueTask.FromResult(Judge(entry, revalidate, latest))
            : EvaluateFetchingAsync(entry, revalidate, cancellationToken);

    private async ValueTask<EntryFreshness> EvaluateFetchingAsync(CacheEntry entry, TimeSpan? revalidate, CancellationToken cancellationToken) =>
        Judge(entry, revalidate, await LatestRevalidationAsync(entry.Tags, cancellationToken));

    private EntryFreshness Judge(CacheEntry entry, TimeSpan? revalidate, DateTimeOffset? revalidatedAt)
    {
        if (revalidatedAt >= entry.CreatedAt)
        {
            return EntryFreshness.Invalidated;
        }

        return revalidate is { } window && Time.GetUtcNow() - entry.CreatedAt >= window ? EntryFreshness.Stale : EntryFreshness.Fresh;
    }

    public async Task RevalidateTagAsync(string tag, CancellationToken cancellationToken)
    {
        var now = NextCreatedAt();
        InterlockedMax(ref _lastLocalRevalidationTicks, now.UtcTicks);
        var scoped = Keys.Tag(tag);
        _tagTimes[tag] = (now, now); // Visible to this instance at once, even if the store write fails.
        await Guard.TryAsync("revalidate tag", scoped, (s, ct) => s.MarkTagRevalidatedAsync(scoped, now, ct), cancellationToken);
    }

    /// <summary>Tries the render lock. Token null + Contended true means another instance is rendering.</summary>
    public async Task<(string? Token, bool Contended)> TryLockAsync(string key)
    {
        var (ok, token) = await Guard.TryAsync("acquire lock", key, (s, ct) => s.TryAcquireLockAsync(key, Options.LockDuration, ct), CancellationToken.None);
        return (token, ok && token is null);
    }

    public async Task ReleaseLockAsync(string key, string? token)
    {
        if (token is not null)
        {
            await Guard.TryAsync("release lock", key, (s, ct) => s.ReleaseLockAsync(key, token, ct), CancellationToken.None);
        }
    }

    /// <summary>
    /// Polls for an entry another instance is rendering, up to <see cref="OutputCacheOptions.LockWait"/>. Each poll
    /// that finds nothing fresh also tries the lock, so a holder that died (its lease ran out) is taken over at once
    /// instead of after the whole wait. Returns the fresh entry, or the lock token when taken over; both null when
    /// the wait ran out or the store failed (render here without the lock).
    /// </summary>
    public async Task<(CacheEntry? Entry, string? Token)> WaitForOtherInstanceAsync(string key, TimeSpan? revalidate)
    {
        var deadline = Time.GetUtcNow() + Options.LockWait;
        while (Time.GetUtcNow() < deadline)
        {
            await Task.Delay(Options.LockPollInterval, Time);
            var entry = await ReadAsync(key, CacheReadMode.Authoritative, CancellationToken.None);
            if (entry is not null && await EvaluateAsync(entry, revalidate, CancellationToken.None) == EntryFreshness.Fresh)
            {
                return (entry, null);
            }

            var (token, contended) = await TryLockAsync(key);
            if (!contended)
            {
                return (null, token);
            }
        }

        return (null, null);
    }

    // The common case, every tag time checked within TagCheckInterval: no store call, no task.
    private bool TryLatestKnownRevalidation(IReadOnlyList<string> tags, out DateTimeOffset? latest)
    {
        latest = null;
        var now = Time.GetUtcNow();
        for (var i = 0; i < tags.Count; i++)
        {
            if (!_tagTimes.TryGetValue(tags[i], out var known) || now - known.CheckedAt >= Options.TagCheckInterval)
                return false;
            latest = Max(latest, known.At);
        }

        return true;
    }

    private async Task<DateTimeOffset?> LatestRevalidationAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        DateTimeOffset? latest = null;
        List<Task<DateTimeOffset?>>? lookups = null;
        var now = Time.GetUtcNow();
        foreach (var tag in tags)
        {
            if (_tagTimes.TryGetValue(tag, out var known) && now - known.CheckedAt < Options.TagCheckInterval)
            {
                latest = Max(latest, known.At);
            }
            else
            {
                (lookups ??= []).Add(FetchTagAsync(tag, known.At, now, cancellationToken));
            }
        }

        if (lookups is not null)
        {
            foreach (var at in await Task.WhenAll(lookups))
            {
                latest = Max(latest, at);
            }
        }

        return latest;
    }

    private async Task<DateTimeOffset?> FetchTagAsync(string tag, DateTimeOffset? known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scoped = Keys.Tag(tag);
        var (ok, at) = await Guard.TryAsync("get tag", scoped, (s, ct) => s.GetTagRevalidatedAtAsync(scoped, ct), cancellationToken);
        if (!ok)
        {
            return known; // Store unavailable: keep what we knew rather than forgetting a revalidation.
        }

        var merged = Max(at, known);
        _tagTimes[tag] = (merged, now);
        return merged;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
