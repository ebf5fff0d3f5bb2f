using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Serverless.FunctionsHost.Caching;

/// <summary>
/// Size-bounded, least-recently-used in-process store. Used as the L1 in front of a shared store, or alone
/// in tests. Locks and tag times are per process, so alone it only coordinates one instance.
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
    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, byte[] Value)> _lru = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> _locks = new(StringComparer.Ordinal);
    private long _size;

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
    public int Count { get { lock (_gate) { return _map.Count; } } }

    /// <inheritdoc />
    public ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGet(key, out var value) ? value : null);

    /// <summary>The held bytes of <paramref name="key"/>, marked recently used. The array is never written to after it is stored.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out byte[]? value)
    {
        lock (_gate)
        {
            if (!_map.TryGetValue(key, out var node))
            {
                value = null;
                return false;
            }

            _lru.Remove(node);
            _lru.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
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

            while (_size + cost > _sizeLimit && _lru.Last is { } oldest)
            {
                RemoveLocked(oldest.Value.Key);
            }

            _map[key] = _lru.AddFirst((key, copy));
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
        if (_map.Remove(key, out var node))
        {
            _lru.Remove(node);
            _size -= Cost(key, node.Value.Value);
        }
    }

    private static long Cost(string key, byte[] value) => value.Length + (key.Length * 2L) + EntryOverhead;
}
