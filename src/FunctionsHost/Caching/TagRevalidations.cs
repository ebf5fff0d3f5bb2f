using System.Collections.Concurrent;

namespace Nextfunc.Caching;

/// <summary>
/// When each tag was last revalidated, and what that makes of an entry: fresh, stale (past its window) or invalidated
/// (rendered before its tag's revalidation). Tag times are read from the store at most once per
/// <see cref="OutputCacheOptions.TagCheckInterval"/> per tag and instance; this instance's own revalidations count at once.
/// </summary>
/// <example>
/// <code>
/// await tags.RevalidateTagAsync("products", ct);
/// var freshness = await tags.EvaluateAsync(entry, TimeSpan.FromSeconds(60), ct); // Invalidated for a "products" entry made before
/// </code>
/// </example>
internal sealed class TagRevalidations(StoreGuard guard, CacheKeys keys, OutputCacheOptions options, TimeProvider time)
{
    // By tag as written: this engine serves one build, whose id CacheKeys.Tag adds for the shared store.
    private readonly ConcurrentDictionary<string, (DateTimeOffset? At, DateTimeOffset CheckedAt)> _tagTimes = new(StringComparer.Ordinal);
    private long _lastLocalRevalidationTicks;

    /// <summary>
    /// Creation time for a new entry: strictly after any revalidation this instance made, so an entry rendered
    /// right after <c>revalidateTag</c> within the same clock tick is not born invalid.
    /// </summary>
    public DateTimeOffset NextCreatedAt()
    {
        var now = time.GetUtcNow();
        var floor = Interlocked.Read(ref _lastLocalRevalidationTicks) + 1;
        return now.UtcTicks >= floor ? now : new DateTimeOffset(floor, TimeSpan.Zero);
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

        return revalidate is { } window && time.GetUtcNow() - entry.CreatedAt >= window ? EntryFreshness.Stale : EntryFreshness.Fresh;
    }

    public async Task RevalidateTagAsync(string tag, CancellationToken cancellationToken)
    {
        var now = NextCreatedAt();
        InterlockedMax(ref _lastLocalRevalidationTicks, now.UtcTicks);
        var scoped = keys.Tag(tag);
        _tagTimes[tag] = (now, now); // Visible to this instance at once, even if the store write fails.
        await guard.TryAsync("revalidate tag", scoped, (s, ct) => s.MarkTagRevalidatedAsync(scoped, now, ct), cancellationToken);
    }

    // The common case, every tag time checked within TagCheckInterval: no store call, no task.
    private bool TryLatestKnownRevalidation(IReadOnlyList<string> tags, out DateTimeOffset? latest)
    {
        latest = null;
        var now = time.GetUtcNow();
        for (var i = 0; i < tags.Count; i++)
        {
            if (!_tagTimes.TryGetValue(tags[i], out var known) || now - known.CheckedAt >= options.TagCheckInterval)
                return false;
            latest = Max(latest, known.At);
        }

        return true;
    }

    private async Task<DateTimeOffset?> LatestRevalidationAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        DateTimeOffset? latest = null;
        List<Task<DateTimeOffset?>>? lookups = null;
        var now = time.GetUtcNow();
        foreach (var tag in tags)
        {
            if (_tagTimes.TryGetValue(tag, out var known) && now - known.CheckedAt < options.TagCheckInterval)
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
        var scoped = keys.Tag(tag);
        var (ok, at) = await guard.TryAsync("get tag", scoped, (s, ct) => s.GetTagRevalidatedAtAsync(scoped, ct), cancellationToken);
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
