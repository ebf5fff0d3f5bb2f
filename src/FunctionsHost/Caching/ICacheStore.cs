namespace Nextfunc.Caching;

/// <summary>
/// Byte store behind the output and data caches. Entries are opaque (see <c>CacheEntryFormatter</c>);
/// tags are not indexed: invalidation is a per-tag "revalidated at" time compared with each entry's creation
/// time on read (OpenNext-style), so evicting a tag is one small write whatever the number of entries.
/// Implementations throw on infrastructure failure; the engine bounds, logs and absorbs those.
/// </summary>
/// <example>
/// <code>
/// await store.SetAsync("build1/route/abc", bytes, ct);
/// await store.MarkTagRevalidatedAsync("build1:products", DateTimeOffset.UtcNow, ct);
/// var token = await store.TryAcquireLockAsync("build1/route/abc", TimeSpan.FromSeconds(30), ct);
/// if (token is not null) { /* render */ await store.ReleaseLockAsync("build1/route/abc", token, ct); }
/// </code>
/// </example>
internal interface ICacheStore
{
    /// <summary>Returns the stored bytes, or <c>null</c> when the key is absent.</summary>
    ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken);

    /// <summary>Creates or replaces an entry (last writer wins).</summary>
    ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken);

    /// <summary>
    /// Stores an entry only if the key holds none (an atomic create); returns false, leaving the stored entry as it
    /// is, when one exists. Lets instances that each kept a render during an outage agree on one: the first wins.
    /// </summary>
    ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken);

    /// <summary>Deletes an entry; absent keys are not an error.</summary>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Records that every entry carrying <paramref name="tag"/> created before <paramref name="revalidatedAt"/> is invalid.</summary>
    ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken);

    /// <summary>The last time <paramref name="tag"/> was revalidated, or <c>null</c> if never.</summary>
    ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken);

    /// <summary>
    /// Every tag time recorded in <paramref name="scope"/> (a build: tags are <c>{scope}:{name}</c>) in one read, keyed
    /// by the scoped tag; null when this store keeps no such index, and the engine reads tags one by one. A shared store
    /// read by many instances keeps one: its cost per instance is then one read per check, whatever the number of tags.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, DateTimeOffset>?> GetTagIndexAsync(string scope, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, DateTimeOffset>?>(null);

    /// <summary>
    /// Tries to take the cross-instance render lock for <paramref name="key"/>. Returns a token when taken,
    /// <c>null</c> when another holder's lock has not expired. Expired locks (crashed holders) are taken over.
    /// </summary>
    ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Releases a lock taken with <see cref="TryAcquireLockAsync"/>; does nothing if it was taken over meanwhile.</summary>
    ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken);

    /// <summary>
    /// What kind of failure <paramref name="exception"/> is, so one outage is warned about once: the same kind starting
    /// again soon after is not a new outage. A store that knows its service's error codes says more than the type.
    /// </summary>
    string DescribeFailure(Exception exception) => $"{exception.GetType().FullName}/{exception.HResult}";
}
