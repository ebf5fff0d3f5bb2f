using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Nextfunc.Caching;

/// <summary>
/// Size-bounded, least-recently-used in-process store. Used as the L1 in front of a shared store, or alone
/// in tests. Locks and tag times are per process, so alone it only coordinates one instance.
/// Reads take no lock: every cache hit goes through <see cref="TryGet(string, out byte[])"/>, and a process-wide lock there
/// serialised all hits on one monitor. A read stamps its entry with a use counter instead of moving it in a
/// list; writes (renders, rare) take the lock and, when over the limit, evict by the oldest stamps.
/// </summary>
/// <example>
/// <code>var l1 = new MemoryCacheStore(sizeLimitBytes: 64 * 1024 * 1024, TimeProvider.System);</code>
/// </example>
internal sealed class MemoryCacheStore : ICacheStore
{
    // Rough per-entry bookkeeping cost so that many tiny entries still count against the limit.
    private const int EntryOverhead = 96;
    private readonly long _sizeLimit;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, Held> _map = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> _locks = new(StringComparer.Ordinal);
    private long _size;
    private long _clock;

    /// <summary>Creates a store holding at most <paramref name="sizeLimitBytes"/> of keys and values.</summary>
    public MemoryCacheStore(long sizeLimitBytes, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeLimitBytes);
        _sizeLimit = sizeLimitBytes;
        _time = timeProvider;
    }

    /// <summary>Bytes currently accounted for (keys, values and overhead).</summary>
    public long Size { get { lock (_gate) { return _size; } } }

    /// <summary>Number of entries currently held.</summary>
    public int Count => _map.Count;

    /// <inheritdoc />
    public ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGet(key, out var value) ? value : null);

    /// <summary>The held bytes of <paramref name="key"/>, marked recently used. The array is never written to after it is stored.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out byte[]? value) => TryGet(key, out value, out _);

    /// <summary>
    /// <see cref="TryGet(string, out byte[])"/> with what a reader made of these very bytes before (<see cref="RememberParsed"/>),
    /// null until then: it is held with the array, so a replaced entry starts without one.
    /// </summary>
    public bool TryGet(string key, [NotNullWhen(true)] out byte[]? value, out object? parsed)
    {
        if (!_map.TryGetValue(key, out var held))
        {
            (value, parsed) = (null, null);
            return false;
        }

        // A hot entry read again before anything else was used keeps its stamp: no shared write per hit.
        if (Volatile.Read(ref held.LastUsed) != Volatile.Read(ref _clock))
            Volatile.Write(ref held.LastUsed, Interlocked.Increment(ref _clock));
        (value, parsed) = (held.Value, Volatile.Read(ref held.Parsed));
        return true;
    }

    /// <summary>Keeps <paramref name="parsed"/> beside <paramref name="value"/> while <paramref name="key"/> still holds that array.</summary>
    public void RememberParsed(string key, byte[] value, object parsed)
    {
        if (_map.TryGetValue(key, out var held) && ReferenceEquals(held.Value, value))
            Volatile.Write(ref held.Parsed, parsed);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        Store(key, value, replace: true);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Store(key, value, replace: false));

    private bool Store(string key, ReadOnlyMemory<byte> value, bool replace)
    {
        var copy = value.ToArray();
        var cost = Cost(key, copy);
        lock (_gate)
        {
            if (!replace && _map.ContainsKey(key))
            {
                return false;
            }

            RemoveLocked(key);
            if (cost > _sizeLimit)
            {
                return true; // Larger than the whole cache: keep it only in the shared tier.
            }

            if (_size + cost > _sizeLimit)
            {
                EvictLocked(_size + cost - _sizeLimit);
            }

            _map[key] = new Held(copy, Interlocked.Increment(ref _clock));
            _size += cost;
        }

        return true;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            RemoveLocked(key);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken)
    {
        _tags[tag] = revalidatedAt;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tags.TryGetValue(tag, out var at) ? at : (DateTimeOffset?)null);

    /// <inheritdoc />
    public ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_locks.TryGetValue(key, out var held) && held.Expires > now)
            {
                return ValueTask.FromResult<string?>(null);
            }

            var token = Guid.NewGuid().ToString("N");
            _locks[key] = (token, now + duration);
            return ValueTask.FromResult<string?>(token);
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_locks.TryGetValue(key, out var held) && held.Token == lockToken)
            {
                _locks.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void RemoveLocked(string key)
    {
        if (_map.TryRemove(key, out var held))
        {
            _size -= Cost(key, held.Value);
        }
    }

    // Least recently used first, until at least `bytes` are freed; one sort per write that overflows.
    private void EvictLocked(long bytes)
    {
        var byAge = _map.Select(pair => (pair.Key, Stamp: Volatile.Read(ref pair.Value.LastUsed))).ToArray();
        Array.Sort(byAge, static (a, b) => a.Stamp.CompareTo(b.Stamp));
        var freed = 0L;
        for (var i = 0; i < byAge.Length && freed < bytes; i++)
        {
            var before = _size;
            RemoveLocked(byAge[i].Key);
            freed += before - _size;
        }
    }

    private sealed class Held(byte[] value, long lastUsed)
    {
        public readonly byte[] Value = value;
        public long LastUsed = lastUsed;
        public object? Parsed; // what the cache engine decoded Value into (a CacheEntry), so a hit parses nothing
    }

    private static long Cost(string key, byte[] value) => value.Length + (key.Length * 2L) + EntryOverhead;
}
