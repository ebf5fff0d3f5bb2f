using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

/// <summary>
/// A hit costs no more than a dynamic render (issue 24): the route key of a path is hashed once, the response object of
/// an entry held in the L1 is made once, and a force-static hit reads no clock while no tag can have changed; a tag
/// revalidated here, or the tag-check interval running out, still makes the next hit look again.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class CacheHitCostTests
{
    private readonly CountingTime _time = new();
    private readonly MemoryCacheStore _shared;
    private readonly OutputCache _cache;
    private int _renders;

    public CacheHitCostTests()
    {
        _shared = new MemoryCacheStore(64 << 20, _time);
        var tiers = CacheTiers.Tiered(new MemoryCacheStore(64 << 20, _time), _shared);
        _cache = new OutputCache(tiers, new OutputCacheOptions { BuildId = "b" }, new BackgroundRegenerationTracker(
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BackgroundRegenerationTracker>.Instance), _time, new ListLogger<OutputCache>());
    }

    private Task<CacheResult> Get(string path = "/api/static") =>
        _cache.GetOrRenderAsync(path, CachePolicy.Forever, _ => Task.FromResult(CacheHarness.Ok($"v{Interlocked.Increment(ref _renders)}")), default);

    [Fact]
    public void A_paths_route_key_is_made_once_and_the_remembered_keys_are_bounded()
    {
        var keys = new CacheKeys("b");

        Assert.Same(keys.Route("/api/x"), keys.Route("/api/x"));
        Assert.Equal(keys.Route("/api/x/"), keys.Route("/api/x"));
        for (var i = 0; i < CacheKeys.RememberedRoutes + 10; i++)
            keys.Route("/p/" + i);
        var past = "/p/" + (CacheKeys.RememberedRoutes + 5);
        Assert.NotSame(keys.Route(past), keys.Route(past)); // still right, just hashed again
        Assert.Equal(keys.Route(past), keys.Route(past));
    }

    [Fact]
    public async Task A_hit_returns_the_same_response_object_and_reads_no_clock()
    {
        await Get();
        var first = await Get();
        var reads = _time.Reads;

        var second = await Get();
        var third = await Get();

        Assert.Equal((CacheOutcome.Hit, CacheOutcome.Hit), (second.Outcome, third.Outcome));
        Assert.Same(first.Response, second.Response);
        Assert.Same(second.Response, third.Response);
        Assert.Equal(reads, _time.Reads);
    }

    [Fact]
    public async Task A_tag_revalidated_here_is_seen_by_the_next_hit()
    {
        await Get();
        await Get();

        await _cache.RevalidatePathAsync("/api/static");

        var next = await Get();
        Assert.Equal((CacheOutcome.Miss, "v2"), (next.Outcome, CacheHarness.Body(next)));
        Assert.Equal(CacheOutcome.Hit, (await Get()).Outcome);
    }

    [Fact]
    public async Task Another_instances_revalidation_is_seen_once_the_tag_check_interval_and_the_revalidation_spread_are_over()
    {
        await Get();
        await Get();
        // Another instance revalidates the path in the shared store; this one has read the tag's time already.
        await _shared.MarkTagRevalidatedAsync("b:" + CacheKeys.PathTag("/api/static"), _time.GetUtcNow(), default);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(CacheOutcome.Hit, (await Get()).Outcome);

        // Past the tag check, the revalidation spread and the lock wait, the copy is never served (ScaleCoordinationTests
        // shows the copy served within this instance's share of the spread).
        var options = new OutputCacheOptions();
        _time.Advance(options.TagCheckInterval + options.RevalidationSpread + options.LockWait);

        var after = await Get();
        Assert.Equal((CacheOutcome.Miss, "v2"), (after.Outcome, CacheHarness.Body(after)));
    }

    private sealed class CountingTime() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
        public int Reads;

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref Reads);
            return base.GetUtcNow();
        }
    }
}
