namespace Nextfunc.Caching;

/// <summary>
/// An in-memory L1 in front of a shared store. Reads try L1 first and fill it from the shared store;
/// writes go to both. Tags and locks always go to the shared store because they coordinate instances.
/// An L1 copy can be older than the shared entry; that is safe because freshness is judged from the entry's
/// own creation time and tag times, and the engine re-reads <see cref="CacheReadMode.Authoritative"/> before it renders.
/// </summary>
/// <example>
/// <code>var store = new TieredCacheStore(new MemoryCacheStore(64 &lt;&lt; 20, TimeProvider.System), blobStore);</code>
/// </example>
internal sealed class TieredCacheStore(MemoryCacheStore local, ICacheStore shared) : ICacheStore
{
    /// <summary>The per-instance tier.</summary>
    public MemoryCacheStore Local { get; } = local;

    /// <summary>The tier all instances share.</summary>
    public ICacheStore Shared { get; } = shared;

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        if (mode == CacheReadMode.Default && await Local.GetAsync(key, mode, cancellationToken) is { } hit)
        {
            return hit;
        }

        var value = await Shared.GetAsync(key, mode, cancellationToken);
        if (value is null)
        {
            await Local.RemoveAsync(key, cancellationToken);
        }
        else
        {
            await Local.SetAsync(key, value, cancellationToken);
        }

        return value;
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        // L1 first: even if the shared write fails, this instance keeps serving what it rendered.
        await Local.SetAsync(key, value, cancellationToken);
        await Shared.SetAsync(key, value, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        var added = await Shared.AddAsync(key, value, cancellationToken);
        if (added)
        {
            await Local.SetAsync(key, value, cancellationToken);
        }

        return added;
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await Local.RemoveAsync(key, cancellationToken);
        await Shared.RemoveAsync(key, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken) =>
        Shared.MarkTagRevalidatedAsync(tag, revalidatedAt, cancellationToken);

    /// <inheritdoc />
    public ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken) =>
        Shared.GetTagRevalidatedAtAsync(tag, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, DateTimeOffset>?> GetTagIndexAsync(string scope, CancellationToken cancellationToken) =>
        Shared.GetTagIndexAsync(scope, cancellationToken);

    /// <inheritdoc />
    public ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken) =>
        Shared.TryAcquireLockAsync(key, duration, cancellationToken);

    /// <inheritdoc />
    public ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken) =>
        Shared.ReleaseLockAsync(key, lockToken, cancellationToken);

    /// <inheritdoc />
    public string DescribeFailure(Exception exception) => Shared.DescribeFailure(exception);
}
