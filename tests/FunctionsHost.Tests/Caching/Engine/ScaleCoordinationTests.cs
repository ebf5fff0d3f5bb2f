using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

/// <summary>
/// What keeps the store's load per blob flat as instances multiply (docs/caching.md, "Scale"; issue 25), shown with
/// engines that share one in-memory store on fake time, each counting its own store calls: a tag read once per tick
/// however many routes share it, a waiting request polling at a growing pace, a stale copy refreshed with one read
/// once another instance regenerated it, and the stale spread.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class ScaleCoordinationTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MemoryCacheStore _shared;

    public ScaleCoordinationTests() => _shared = new MemoryCacheStore(8 << 20, _time);

    private (OutputCache Cache, FlakyStore Store, BackgroundRegenerationTracker Tracker) Instance(string id, bool withL1 = true)
    {
        var store = new FlakyStore(_shared);
        var tiers = withL1 ? CacheTiers.Tiered(new MemoryCacheStore(8 << 20, _time), store) : CacheTiers.SharedOnly(store);
        var tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
        var options = new OutputCacheOptions { BuildId = "scale", InstanceId = id, LockWait = TimeSpan.FromSeconds(10) };
        return (new OutputCache(tiers, options, tracker, _time, NullLogger<OutputCache>.Instance), store, tracker);
    }

    private static Func<CancellationToken, Task<CachedResponse>> Body(string body, params string[] tags) =>
        _ => Task.FromResult(CacheHarness.Ok(body) with { Tags = tags });

    [Fact]
    public async Task Routes_that_share_a_tag_read_it_once_when_they_are_checked_together()
    {
        var a = Instance("a");
        string[] paths = ["/api/one", "/api/two", "/api/three"];
        foreach (var path in paths)
            await a.Cache.GetOrRenderAsync(path, CachePolicy.Forever, Body(path, "shared"), default);
        a.Store.TagReads = 0;
        a.Store.TagReadGate = new TaskCompletionSource();

        var checks = paths.Select(p => a.Cache.GetOrRenderAsync(p, CachePolicy.Forever, Body("never"), default)).ToArray();
        a.Store.TagReadGate.SetResult();
        var results = await Task.WhenAll(checks);

        Assert.All(results, r => Assert.Equal(CacheOutcome.Hit, r.Outcome));
        Assert.Equal(paths.Length + 1, a.Store.TagReads); // each path's own tag, and "shared" once (it was read three times)
    }

    [Fact]
    public async Task A_request_waiting_for_another_instance_polls_ever_more_slowly_and_gets_its_render()
    {
        var (a, b) = (Instance("a", withL1: false), Instance("b", withL1: false));
        var gate = new TaskCompletionSource();
        var rendering = a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, async _ => { await gate.Task; return CacheHarness.Ok("from-a"); }, default);
        for (var i = 0; i < 200 && a.Store.LockTries == 0; i++)
            await Task.Delay(5); // until a holds the lock (real time: its render task starts on the pool)

        var waiting = b.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Body("from-b"), default);
        for (var step = 0; step < 100; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50)); // 5 s of waiting
            await Task.Delay(2); // let the poll's continuations run; the assertion is on counts, not on elapsed time
        }

        var (calls, lockTries) = (b.Store.Calls, b.Store.LockTries);
        gate.SetResult();
        await rendering;
        var result = await AdvanceUntil(waiting);

        Assert.Equal("from-a", CacheHarness.Body(result));
        // A fixed 100 ms poll read the entry and tried the lock 50 times in 5 s: about 100 calls. Now the polls double
        // from 100 ms to 1 s (±50 %) and the lock is tried at most once a second.
        Assert.InRange(lockTries, 1, 7);
        Assert.InRange(calls, 5, 20);
    }

    [Fact]
    public async Task A_stale_copy_that_another_instance_regenerated_is_refreshed_with_one_read_and_no_lock()
    {
        var (a, b) = (Instance("a"), Instance("b"));
        var renders = 0;
        var policy = new CachePolicy(TimeSpan.FromSeconds(10)); // spread: up to 1 s past the window
        Task<CachedResponse> Render(CancellationToken _) => Task.FromResult(CacheHarness.Ok($"v{Interlocked.Increment(ref renders)}"));
        await a.Cache.GetOrRenderAsync("/api/isr", policy, Render, default);
        Assert.Equal("v1", CacheHarness.Body(await b.Cache.GetOrRenderAsync("/api/isr", policy, Render, default)));

        _time.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal(CacheOutcome.Stale, (await a.Cache.GetOrRenderAsync("/api/isr", policy, Render, default)).Outcome);
        await a.Tracker.WhenIdleAsync();
        b.Store.LockTries = 0;
        Assert.Equal(CacheOutcome.Stale, (await b.Cache.GetOrRenderAsync("/api/isr", policy, Render, default)).Outcome);
        await b.Tracker.WhenIdleAsync();
        var after = await b.Cache.GetOrRenderAsync("/api/isr", policy, Render, default);

        Assert.Equal((CacheOutcome.Hit, "v2"), (after.Outcome, CacheHarness.Body(after)));
        Assert.Equal(2, renders);
        Assert.Equal(0, b.Store.LockTries);
    }

    [Fact]
    public async Task A_revalidating_entry_is_stale_at_its_window_and_regenerates_at_this_instances_share_of_the_spread()
    {
        var h = new CacheHarness(new OutputCacheOptions { BuildId = "t", InstanceId = "x" });
        var window = TimeSpan.FromSeconds(20); // spread: a tenth of it, 2 s
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) => Task.FromResult(CacheHarness.Ok($"v{Interlocked.Increment(ref renders)}"));
        var first = await h.Get("/api/isr", Render, window);
        var share = new Spread("x").Past(first.Response.CreatedAt, TimeSpan.FromSeconds(2));
        Assert.True(share > TimeSpan.FromMilliseconds(10), "instance x's share is too short to test within it");

        h.Time.Advance(window - TimeSpan.FromMilliseconds(1));
        Assert.Equal(CacheOutcome.Hit, (await h.Get("/api/isr", Render, window)).Outcome);
        h.Time.Advance(TimeSpan.FromMilliseconds(1) + share / 2); // past the window, within the share: STALE, as Next.js says, not regenerated
        Assert.Equal(CacheOutcome.Stale, (await h.Get("/api/isr", Render, window)).Outcome);
        await h.Tracker.WhenIdleAsync();
        Assert.Equal(1, renders);
        h.Time.Advance(share / 2 + TimeSpan.FromMilliseconds(1)); // past the share: regenerated in the background
        Assert.Equal(CacheOutcome.Stale, (await h.Get("/api/isr", Render, window)).Outcome);
        await h.Tracker.WhenIdleAsync();
        Assert.Equal(2, renders);
    }

    [Fact]
    public async Task Another_instances_revalidateTag_serves_the_copy_for_this_instances_share_then_one_instance_renders_for_all()
    {
        var revalidatedAt = _time.GetUtcNow(); // c's revalidation below: the clock has not moved
        var (idA, shareA) = LateShare("a", revalidatedAt);
        var (idB, shareB) = LateShare("b", revalidatedAt);
        var (a, b, c) = (Instance(idA), Instance(idB), Instance("c"));
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) => Task.FromResult(CacheHarness.Ok($"v{Interlocked.Increment(ref renders)}") with { Tags = ["products"] });
        foreach (var i in new[] { a, b, a, b })
            await i.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default); // v1 everywhere, tags checked

        await c.Cache.RevalidateTagAsync("products");
        _time.Advance(TimeSpan.FromSeconds(1)); // a and b read the tag's new time at their next check
        (a.Store.LockTries, b.Store.LockTries) = (0, 0);
        foreach (var i in new[] { a, b }) // the copy, said to be stale (x-nextjs-cache: STALE), with no regeneration yet
            Assert.Equal((CacheOutcome.Stale, "v1"), Served(await i.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
        Assert.Equal((0, 0), (a.Store.LockTries, b.Store.LockTries)); // nobody went for the entry or the lock the moment it learned
        Assert.Equal(1, renders);

        _time.Advance((shareA > shareB ? shareA : shareB) - TimeSpan.FromSeconds(1)); // past both shares
        Assert.Equal((CacheOutcome.Stale, "v1"), Served(await a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
        await a.Tracker.WhenIdleAsync(); // a renders v2 in the background
        Assert.Equal((CacheOutcome.Stale, "v1"), Served(await b.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
        await b.Tracker.WhenIdleAsync(); // b finds a's v2 with one read

        foreach (var i in new[] { a, b })
            Assert.Equal((CacheOutcome.Hit, "v2"), Served(await i.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
        Assert.Equal(2, renders);
        Assert.Equal(0, b.Store.LockTries);
    }

    [Fact]
    public async Task Another_instances_revalidation_is_never_served_from_the_copy_past_the_spread_and_the_lock_wait()
    {
        var (id, _) = LateShare("a", _time.GetUtcNow());
        var (a, b) = (Instance(id), Instance("b"));
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) => Task.FromResult(CacheHarness.Ok($"v{Interlocked.Increment(ref renders)}"));
        await a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default);
        await a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default);

        await b.Cache.RevalidatePathAsync("/api/p");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((CacheOutcome.Stale, "v1"), Served(await a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
        _time.Advance(new OutputCacheOptions().RevalidationSpread + TimeSpan.FromSeconds(10)); // and Instance's LockWait

        Assert.Equal((CacheOutcome.Miss, "v2"), Served(await a.Cache.GetOrRenderAsync("/api/p", CachePolicy.Forever, Render, default)));
    }

    // An instance id whose share of the revalidation spread ends after the first tag check (1 s), so its copy is still served then.
    private static (string Id, TimeSpan Share) LateShare(string prefix, DateTimeOffset revalidatedAt) =>
        Enumerable.Range(0, 100).Select(i => (Id: prefix + i, Share: new Spread(prefix + i).Past(revalidatedAt, new OutputCacheOptions().RevalidationSpread)))
            .First(x => x.Share > TimeSpan.FromSeconds(1.5));

    private static (CacheOutcome, string) Served(CacheResult result) => (result.Outcome, CacheHarness.Body(result));

    [Fact]
    public void The_spread_is_fixed_per_instance_and_entry_and_covers_its_span()
    {
        var createdAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = TimeSpan.FromSeconds(4);
        var shares = Enumerable.Range(0, 1000).Select(i => new Spread($"instance-{i}").Past(createdAt, span).TotalSeconds).ToArray();

        Assert.All(shares, s => Assert.InRange(s, 0, 4 - 1e-9));
        Assert.All(Enumerable.Range(0, 4), quarter => Assert.InRange(shares.Count(s => (int)s == quarter), 200, 300));
        Assert.Equal(new Spread("instance-1").Past(createdAt, span), new Spread("instance-1").Past(createdAt, span));
        Assert.NotEqual(new Spread("instance-1").Past(createdAt, span), new Spread("instance-1").Past(createdAt.AddTicks(1), span));
    }

    private async Task<CacheResult> AdvanceUntil(Task<CacheResult> task)
    {
        for (var i = 0; i < 400 && !task.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(2); // let continuations run
        }

        return await task;
    }
}
