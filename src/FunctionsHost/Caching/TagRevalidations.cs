using System.Collections.Concurrent;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching;

/// <summary>
/// When each tag was last revalidated, and what that makes of an entry: fresh, stale (past its window) or invalidated
/// (rendered before its tag's revalidation). Tag times are read from the store at most once per
/// <see cref="OutputCacheOptions.TagCheckInterval"/> per tag and instance, all in one read where the store keeps a tag
/// index (<see cref="TagTimeSource"/>); this instance's own revalidations count at once.
/// </summary>
/// <example>
/// <code>
/// await tags.RevalidateTagAsync("products", ct);
/// var freshness = await tags.EvaluateAsync(entry, TimeSpan.FromSeconds(60), ct); // Invalidated for a "products" entry made before
/// </code>
/// </example>
internal sealed class TagRevalidations
{
    private readonly StoreGuard _guard;
    private readonly CacheKeys _keys;
    private readonly TimeProvider _time;
    private readonly bool _reuseTagTimes;
    private readonly Spread _spread;
    private readonly TimeSpan _maxStaleSpread;
    private readonly TagTimeSource _source;
    private readonly RevalidationSpread _revalidationSpread;

    // By tag as written: this engine serves one build, whose id CacheKeys.Tag adds for the shared store. CheckedTick is
    // the tick in which the time was read (or set here); it is reused only within that tick.
    private readonly ConcurrentDictionary<string, (DateTimeOffset? At, long CheckedTick)> _tagTimes = new(StringComparer.Ordinal);

    // The read of a tag under way: the routes an instance serves share tags (every route has the root layout's), and the
    // evaluations that find one due in the same tick share its one read. Without it each read the tag again (issue 25).
    private readonly ConcurrentDictionary<string, Lazy<Task<DateTimeOffset?>>> _fetching = new(StringComparer.Ordinal);
    private long _lastLocalRevalidationTicks;

    // PERF: instead of reading the clock on every hit, a timer advances _tick every TagCheckInterval, which makes every
    // tag time read before it due again (so another instance's revalidation is seen within one interval, as before).
    // _version moves with every tick and every change of a known tag time: a verdict "fresh" made at the current version
    // still holds, since no tag can have changed since, and a hit on a force-static entry is one comparison.
    private long _tick;
    private long _version;

    public TagRevalidations(StoreGuard guard, CacheKeys keys, OutputCacheOptions options, TimeProvider time)
    {
        (_guard, _keys, _time) = (guard, keys, time);
        (_spread, _maxStaleSpread) = (new Spread(options.InstanceId), options.MaxStaleSpread);
        _reuseTagTimes = options.TagCheckInterval > TimeSpan.Zero;
        _source = new TagTimeSource(guard, keys, _reuseTagTimes);
        _revalidationSpread = new RevalidationSpread(_spread, options, time);
        if (_reuseTagTimes)
            Ticker.Start(this, time, options.TagCheckInterval);
    }

    /// <summary>
    /// Creation time for a new entry: strictly after any revalidation this instance made, so an entry rendered
    /// right after <c>revalidateTag</c> within the same clock tick is not born invalid.
    /// </summary>
    public DateTimeOffset NextCreatedAt()
    {
        var now = _time.GetUtcNow();
        var floor = Interlocked.Read(ref _lastLocalRevalidationTicks) + 1;
        return now.UtcTicks >= floor ? now : new DateTimeOffset(floor, TimeSpan.Zero);
    }

    /// <param name="entry">The entry.</param>
    /// <param name="revalidate">Its window; null when it is fresh until invalidated.</param>
    /// <param name="cancellationToken">Stops this caller waiting for a tag read.</param>
    /// <param name="spread">Past the window, add this instance's share of the stale spread (a route's entry, regenerated
    /// in the background by one instance for all: <see cref="OutputCacheOptions.MaxStaleSpread"/>); the data and fetch
    /// caches, which refresh synchronously, do not.</param>
    public ValueTask<EntryFreshness> EvaluateAsync(CacheEntry entry, TimeSpan? revalidate, CancellationToken cancellationToken, bool spread = false)
    {
        var version = Volatile.Read(ref _version);
        if (revalidate is null && entry.FreshAtVersion == version && _reuseTagTimes)
            return ValueTask.FromResult(EntryFreshness.Fresh); // the common hit: nothing changed since it was judged
        return TryLatestKnownRevalidation(entry.Tags, out var latest)
            ? ValueTask.FromResult(Judge(entry, revalidate, latest, version, spread))
            : EvaluateFetchingAsync(entry, revalidate, version, spread, cancellationToken);
    }

    /// <summary>
    /// True when a route entry may be served as it is, under a route window of <paramref name="routeRevalidate"/>: fresh,
    /// or revalidated by another instance before this instance's turn (<see cref="EntryFreshness.StaleAwaitingTurn"/>).
    /// </summary>
    public async ValueTask<bool> ServesAsync(CacheEntry entry, TimeSpan? routeRevalidate) =>
        await EvaluateAsync(entry, CachePolicy.Shorter(routeRevalidate, entry.Revalidate), CancellationToken.None, spread: true)
            is EntryFreshness.Fresh or EntryFreshness.StaleAwaitingTurn;

    private async ValueTask<EntryFreshness> EvaluateFetchingAsync(CacheEntry entry, TimeSpan? revalidate, long version, bool spread, CancellationToken cancellationToken) =>
        Judge(entry, revalidate, await LatestRevalidationAsync(entry.Tags, cancellationToken), version, spread);

    private EntryFreshness Judge(CacheEntry entry, TimeSpan? revalidate, DateTimeOffset? revalidatedAt, long version, bool spread)
    {
        if (revalidatedAt >= entry.CreatedAt)
        {
            // Another instance's revalidation of a route entry: spread, so instances do not all render-or-wait at once.
            return spread && _reuseTagTimes ? _revalidationSpread.Judge(revalidatedAt.Value) : EntryFreshness.Invalidated;
        }

        if (revalidate is not { } window)
        {
            // Remembered with the version read before the tags were: a change meanwhile moved it, voiding this verdict.
            if (_reuseTagTimes)
                entry.FreshAtVersion = version;
            return EntryFreshness.Fresh;
        }

        // Past its window plus this instance's share of the stale spread (OutputCacheOptions.MaxStaleSpread): instances
        // do not all find the entry stale, and go to the store for it, in the same second. Within the share it is stale
        // all the same (as Next.js says once the window has passed), only not regenerated yet.
        var age = _time.GetUtcNow() - entry.CreatedAt;
        if (age < window)
            return EntryFreshness.Fresh;
        var extra = spread ? _spread.Past(entry.CreatedAt, window / 10 < _maxStaleSpread ? window / 10 : _maxStaleSpread) : TimeSpan.Zero;
        return age >= window + extra ? EntryFreshness.Stale : EntryFreshness.StaleAwaitingTurn;
    }

    /// <summary>True when one of <paramref name="tags"/> was revalidated at or after <paramref name="createdAt"/> (a fetch's route tags).</summary>
    public async ValueTask<bool> RevalidatedSinceAsync(IReadOnlyList<string> tags, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        (TryLatestKnownRevalidation(tags, out var known) ? known : await LatestRevalidationAsync(tags, cancellationToken)) >= createdAt;

    public async Task RevalidateTagAsync(string tag, CancellationToken cancellationToken)
    {
        var now = NextCreatedAt();
        InterlockedMax(ref _lastLocalRevalidationTicks, now.UtcTicks);
        var scoped = _keys.Tag(tag);
        _tagTimes[tag] = (now, Volatile.Read(ref _tick)); // Visible to this instance at once, even if the store write fails.
        Interlocked.Increment(ref _version);
        await _guard.TryAsync("revalidate tag", scoped, (s, ct) => s.MarkTagRevalidatedAsync(scoped, now, ct), cancellationToken);
    }

    // The common case, every tag time read in the current tick: no store call, no task, no clock.
    private bool TryLatestKnownRevalidation(IReadOnlyList<string> tags, out DateTimeOffset? latest)
    {
        latest = null;
        var tick = Volatile.Read(ref _tick);
        for (var i = 0; i < tags.Count; i++)
        {
            if (!_reuseTagTimes || !_tagTimes.TryGetValue(tags[i], out var known) || known.CheckedTick != tick)
                return false;
            latest = Max(latest, known.At);
        }

        return true;
    }

    private async Task<DateTimeOffset?> LatestRevalidationAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        DateTimeOffset? latest = null;
        List<Task<DateTimeOffset?>>? lookups = null;
        var tick = Volatile.Read(ref _tick);
        foreach (var tag in tags)
        {
            if (_reuseTagTimes && _tagTimes.TryGetValue(tag, out var known) && known.CheckedTick == tick)
            {
                latest = Max(latest, known.At);
            }
            else
            {
                _tagTimes.TryGetValue(tag, out known);
                (lookups ??= []).Add(FetchTagOnceAsync(tag, known.At, tick, cancellationToken));
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

    // The shared read gets no caller's token (one aborted request must not fail the others' read); each caller stops
    // waiting on its own. The guard's timeout bounds the read itself.
    // Strict mode (TagCheckInterval 0) reads for each request: a read that started before the request must not answer it.
    private Task<DateTimeOffset?> FetchTagOnceAsync(string tag, DateTimeOffset? known, long tick, CancellationToken cancellationToken)
    {
        if (!_reuseTagTimes)
            return FetchTagAsync(tag, known, tick).WaitAsync(cancellationToken);
        Lazy<Task<DateTimeOffset?>> candidate = null!;
        candidate = new(() => FetchTagAsync(tag, known, tick, candidate));
        return _fetching.GetOrAdd(tag, candidate).Value.WaitAsync(cancellationToken);
    }

    private async Task<DateTimeOffset?> FetchTagAsync(string tag, DateTimeOffset? known, long tick, Lazy<Task<DateTimeOffset?>> self)
    {
        try
        {
            await Task.Yield(); // never inside GetOrAdd's caller
            return await FetchTagAsync(tag, known, tick);
        }
        finally
        {
            _fetching.TryRemove(new KeyValuePair<string, Lazy<Task<DateTimeOffset?>>>(tag, self));
        }
    }

    private async Task<DateTimeOffset?> FetchTagAsync(string tag, DateTimeOffset? known, long tick)
    {
        var (ok, at) = await _source.ReadAsync(_keys.Tag(tag), tick);
        if (!ok)
        {
            return known; // Store unavailable: keep what we knew rather than forgetting a revalidation.
        }

        var merged = Max(at, known);
        var tracked = _tagTimes.ContainsKey(tag); // learned a change, rather than read a tag for the first time
        _tagTimes[tag] = (merged, tick);
        if (merged != known)
        {
            if (tracked && merged is { } learned)
                _revalidationSpread.Learned(learned);
            Interlocked.Increment(ref _version);
        }
        return merged;
    }

    private void Advance()
    {
        Interlocked.Increment(ref _tick);
        Interlocked.Increment(ref _version);
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    // The timer holds its engine weakly: an engine nobody uses any more (a test's, a disposed host's) is collected, and
    // its timer stops at the next tick.
    private sealed class Ticker
    {
        private readonly WeakReference<TagRevalidations> _owner;
        private ITimer? _timer;

        private Ticker(TagRevalidations owner) => _owner = new(owner);

        public static void Start(TagRevalidations owner, TimeProvider time, TimeSpan interval)
        {
            var ticker = new Ticker(owner);
            ticker._timer = time.CreateTimer(static state => ((Ticker)state!).Tick(), ticker, interval, interval);
        }

        private void Tick()
        {
            if (_owner.TryGetTarget(out var owner))
                owner.Advance();
            else
                _timer?.Dispose();
        }
    }
}
