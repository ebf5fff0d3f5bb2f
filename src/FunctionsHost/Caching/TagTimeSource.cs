namespace Nextfunc.Caching;

/// <summary>
/// Where <see cref="TagRevalidations"/> gets a tag's time from the store. With a store that keeps a tag index (the blob
/// store: <see cref="ICacheStore.GetTagIndexAsync"/>) every tag due in a tick is answered by that tick's one index
/// read, so an instance's store reads no longer grow with the number of tags it serves (issue 25); with one that keeps
/// none (memory, files: one process or one machine) and in strict mode (no ticks) each tag is read on its own.
/// </summary>
/// <example><code>var (ok, at) = await source.ReadAsync("build:products", tick);</code></example>
internal sealed class TagTimeSource(StoreGuard guard, CacheKeys keys, bool perTick)
{
    private readonly Lock _gate = new();
    private IndexRead? _read;
    private bool _noIndex;

    /// <summary>The time of <paramref name="scoped"/> (<c>CacheKeys.Tag</c>) as of tick <paramref name="tick"/>; Ok is false when the store did not answer.</summary>
    public async Task<(bool Ok, DateTimeOffset? At)> ReadAsync(string scoped, long tick)
    {
        if (perTick && !Volatile.Read(ref _noIndex))
        {
            var (ok, times) = await IndexAsync(tick);
            if (!ok)
                return (false, null);
            if (times is not null)
                return (true, times.TryGetValue(scoped, out var at) ? at : null);
            Volatile.Write(ref _noIndex, true); // this store keeps none: read tags one by one from now on
        }

        return await guard.TryAsync("get tag", scoped, (s, ct) => s.GetTagRevalidatedAtAsync(scoped, ct), CancellationToken.None);
    }

    // One read per tick, shared by every tag and caller; a caller still on an older tick takes the newer read (newer is
    // never wrong), so a tick boundary does not start a second read.
    private Task<(bool Ok, IReadOnlyDictionary<string, DateTimeOffset>? Times)> IndexAsync(long tick)
    {
        var current = Volatile.Read(ref _read);
        if (current is not null && current.Tick >= tick)
            return current.Task;
        lock (_gate)
        {
            if (_read is null || _read.Tick < tick)
                Volatile.Write(ref _read, new IndexRead(tick, ReadIndexAsync()));
            return _read.Task;
        }
    }

    // The shared read gets no caller's token (one aborted request must not fail the others'); the guard's timeout bounds it.
    private async Task<(bool Ok, IReadOnlyDictionary<string, DateTimeOffset>? Times)> ReadIndexAsync()
    {
        await Task.Yield(); // never inside the lock that publishes this task
        var scope = keys.TagScope;
        return await guard.TryAsync("get tag index", scope, (s, ct) => s.GetTagIndexAsync(scope, ct), CancellationToken.None);
    }

    private sealed record IndexRead(long Tick, Task<(bool Ok, IReadOnlyDictionary<string, DateTimeOffset>? Times)> Task);
}
