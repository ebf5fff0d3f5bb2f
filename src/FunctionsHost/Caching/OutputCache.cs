using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching;

/// <summary>
/// The output cache of opted-in GET route handlers (<c>force-static</c> / <c>revalidate</c>) and of
/// <see cref="DataCache"/>, shared across instances through the configured store (docs/caching.md). A handler takes
/// it as a parameter to invalidate entries, like Next's <c>revalidatePath</c> / <c>revalidateTag</c>: the next
/// request renders fresh. Store faults never fail a request; they are logged and the response is served uncached.
/// </summary>
/// <example>
/// <code>
/// public static async Task&lt;IResult&gt; POST(NextRequest request, OutputCache cache)
/// {
///     await cache.RevalidateTagAsync("products");
///     await cache.RevalidatePathAsync("/api/products");
///     return NextResponse.Json(new { revalidated = true });
/// }
/// </code>
/// </example>
public sealed class OutputCache
{
    private readonly BackgroundRegenerationTracker _tracker;
    private readonly SingleFlight<CachedResponse> _foreground = new();
    private readonly SingleFlight<bool> _background = new();

    /// <summary>Creates the engine over <paramref name="tiers"/> (usually resolved from DI, see <see cref="OutputCacheServiceCollectionExtensions"/>).</summary>
    internal OutputCache(CacheTiers tiers, OutputCacheOptions options, BackgroundRegenerationTracker tracker, TimeProvider timeProvider, ILogger<OutputCache> logger)
    {
        Core = new CacheCore(tiers, options, timeProvider, logger);
        _tracker = tracker;
    }

    internal CacheCore Core { get; }

    /// <summary>Serves <paramref name="path"/> from the cache, rendering with <paramref name="render"/> when needed.</summary>
    /// <param name="path">Request path (no query: cached handlers never see it).</param>
    /// <param name="policy">Revalidate window of the route.</param>
    /// <param name="render">Runs the route handler; it may run on behalf of several waiting requests, or in the background.</param>
    /// <param name="cancellationToken">Stops this caller waiting; a shared render keeps going for the others.</param>
    internal Task<CacheResult> GetOrRenderAsync(string path, CachePolicy policy, Func<CancellationToken, Task<CachedResponse>> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        return GetOrRenderAsync(path, policy, render, static (render, ct) => render(ct), cancellationToken).AsTask();
    }

    /// <summary>
    /// <see cref="GetOrRenderAsync(string, CachePolicy, Func{CancellationToken, Task{CachedResponse}}, CancellationToken)"/> with the
    /// render's arguments passed as <paramref name="state"/>: a hit, the common case, then allocates no closure.
    /// </summary>
    internal async ValueTask<CacheResult> GetOrRenderAsync<TState>(
        string path, CachePolicy policy, TState state, Func<TState, CancellationToken, Task<CachedResponse>> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(render);
        var key = Core.Keys.Route(path);
        var entry = await Core.ReadAsync(key, CacheReadMode.Default, cancellationToken);
        if (entry is not null)
        {
            // The entry's own window is shorter than the route's when a cached fetch of its render asked for less.
            switch (await Core.Tags.EvaluateAsync(entry, CachePolicy.Shorter(policy.Revalidate, entry.Revalidate), cancellationToken, spread: true))
            {
                case EntryFreshness.Fresh:
                    return new CacheResult(entry.ToResponse(), CacheOutcome.Hit);
                case EntryFreshness.Stale:
                    StartBackgroundRegeneration(path, key, policy, Bind(state, render));
                    return new CacheResult(entry.ToResponse(), CacheOutcome.Stale);
                case EntryFreshness.StaleAwaitingTurn:
                    return new CacheResult(entry.ToResponse(), CacheOutcome.Stale); // x-nextjs-cache: STALE, as it is
            }
        }

        var response = await RenderMissAsync(path, key, policy, Bind(state, render), cancellationToken);
        return new CacheResult(response, CacheOutcome.Miss);
    }

    private Task<CachedResponse> RenderMissAsync(string path, string key, CachePolicy policy, Func<CancellationToken, Task<CachedResponse>> render, CancellationToken cancellationToken) =>
        _foreground.RunAsync(key, () => RegenerateAsync(path, key, policy, render, background: false), cancellationToken);

    // Outside the async method: a lambda there would allocate its captured state on every call, hit or not.
    private static Func<CancellationToken, Task<CachedResponse>> Bind<TState>(TState state, Func<TState, CancellationToken, Task<CachedResponse>> render) =>
        ct => render(state, ct);

    /// <summary>Invalidates the cached response of <paramref name="path"/> on every instance; the next GET renders synchronously.</summary>
    /// <example><code>await cache.RevalidatePathAsync("/api/products");</code></example>
    public Task RevalidatePathAsync(string path, CancellationToken cancellationToken = default) =>
        Core.Tags.RevalidateTagAsync(CacheKeys.PathTag(path), cancellationToken);

    /// <summary>
    /// <c>revalidatePath(path, type)</c>: with <see cref="RevalidatePathType.Page"/> every cached URL of the route whose
    /// pattern is <paramref name="path"/> (<c>/api/posts/[slug]</c>); with <see cref="RevalidatePathType.Layout"/> every
    /// cached URL under the folder <paramref name="path"/> (<c>/</c>: the whole app).
    /// </summary>
    /// <example><code>await cache.RevalidatePathAsync("/api/posts", RevalidatePathType.Layout);</code></example>
    public Task RevalidatePathAsync(string path, RevalidatePathType type, CancellationToken cancellationToken = default) =>
        Core.Tags.RevalidateTagAsync(ImplicitTags.Tag(path, type), cancellationToken);

    /// <summary>Invalidates every response and data entry carrying <paramref name="tag"/>; the next read of each regenerates synchronously.</summary>
    /// <example><code>await cache.RevalidateTagAsync("products");</code></example>
    public Task RevalidateTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        return Core.Tags.RevalidateTagAsync(tag, cancellationToken);
    }

    /// <summary>
    /// Stores a prerendered response (deploy-time prerender). Unlike request paths this throws when the store
    /// fails, so a deployment notices it shipped a cold cache. Non-cacheable responses are ignored.
    /// </summary>
    /// <example><code>await cache.PutAsync("/api/static", response, CachePolicy.Forever, ct);</code></example>
    internal async Task PutAsync(string path, CachedResponse response, CachePolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(policy);
        if (!IsStorable(path, response))
        {
            return;
        }

        var entry = CreateEntry(path, response, [], policy.Revalidate);
        var key = Core.Keys.Route(path);
        await Core.Guard.Store.SetAsync(key, CacheEntryFormatter.Serialize(key, entry), ct);
    }

    private void StartBackgroundRegeneration(string path, string key, CachePolicy policy, Func<CancellationToken, Task<CachedResponse>> render)
    {
        if (_background.IsRunning(key))
        {
            return;
        }

        var task = _background.RunAsync(key, async () =>
        {
            try
            {
                await RegenerateAsync(path, key, policy, render, background: true);
            }
            catch (Exception ex)
            {
                CacheLog.BackgroundRegenerationFailed(Core.Logger, ex, path);
            }

            return true;
        }, CancellationToken.None);
        _tracker.Track(task);
    }

    private async Task<CachedResponse> RegenerateAsync(string path, string key, CachePolicy policy, Func<CancellationToken, Task<CachedResponse>> render, bool background)
    {
        // A stale copy: the instance whose spread ended first has most likely regenerated already. Its entry, read
        // here, refreshes the L1 at the cost of one read, without the lock (issue 25: one request per instance and window).
        if (background && await IsFreshInStoreAsync(key, policy))
        {
            return null!;
        }

        var (token, contended) = await Core.Lock.TryLockAsync(key);
        if (contended)
        {
            // Another instance is rendering. A request waits for its entry; a background regeneration waits too, at the
            // slow pace, while this instance serves its stale copy, rather than asking the store again on every request.
            var firstPoll = background ? Core.Options.MaxLockPollInterval : Core.Options.LockPollInterval;
            var (waited, takenOver) = await Core.Lock.WaitForOtherInstanceAsync(key, policy.Revalidate, firstPoll, Core.Options.LockWait);
            if (waited is not null || background && takenOver is null)
            {
                return waited?.ToResponse()!; // the authoritative read put it in the L1; a background that gave up leaves it to the next request
            }

            token = takenOver; // The holder's lease ran out: render under the lock, the re-read below still applies.
            if (token is null)
            {
                CacheLog.LockWaitExpired(Core.Logger, path, Core.Options.LockWait);
            }
        }

        try
        {
            if (token is not null
                && await Core.ReadAsync(key, CacheReadMode.Authoritative, CancellationToken.None) is { } current
                && await Core.Tags.ServesAsync(current, policy.Revalidate))
            {
                return current.ToResponse(); // Another instance finished between our read and our lock.
            }

            var (response, tags, fetchRevalidate) = await CacheTags.CollectAsync(() => render(CancellationToken.None));
            if (!IsStorable(path, response))
            {
                return response;
            }

            var entry = CreateEntry(path, response, tags, CachePolicy.Shorter(policy.Revalidate, fetchRevalidate));
            // Awaited even for a miss: a serverless instance may be frozen right after it responds.
            await Core.WriteAsync(key, entry);
            return entry.ToResponse();
        }
        finally
        {
            await Core.Lock.ReleaseLockAsync(key, token);
        }
    }

    private async Task<bool> IsFreshInStoreAsync(string key, CachePolicy policy) =>
        await Core.ReadAsync(key, CacheReadMode.Shared, CancellationToken.None) is { } stored
        && await Core.Tags.ServesAsync(stored, policy.Revalidate);

    private CacheEntry CreateEntry(string path, CachedResponse response, string[] collectedTags, TimeSpan? revalidate)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal) { CacheKeys.PathTag(path) };
        tags.UnionWith(response.Tags);
        tags.UnionWith(collectedTags);
        return new CacheEntry(
            Core.Tags.NextCreatedAt(),
            revalidate,
            response.StatusCode,
            [.. response.Headers],
            [.. tags],
            CacheEntryFormatter.ComputeETag(response.Body.Span),
            response.Body.ToArray());
    }

    private bool IsStorable(string path, CachedResponse response)
    {
        if (CachePolicy.IsStorable(response.StatusCode, response.Headers))
        {
            return true;
        }

        CacheLog.NotStored(Core.Logger, path, response.StatusCode, response.StatusCode == 200);
        return false;
    }
}
