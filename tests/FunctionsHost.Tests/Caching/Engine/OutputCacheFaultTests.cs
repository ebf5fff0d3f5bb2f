using Nextfunc.Caching;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

[Trait("Category", "InProcess")]
public sealed class OutputCacheFaultTests
{
    private readonly CacheHarness _h = new();

    [Fact]
    public async Task Shared_store_down_serves_what_L1_holds_instead_of_rendering_every_request()
    {
        var h = new CacheHarness(withL1: true);
        var render = h.Render();
        Assert.Equal(CacheOutcome.Miss, (await h.Get("/api/static", render)).Outcome);

        h.Store.Mode = FlakyStore.FaultMode.Throw; // the shared store goes down
        var during = new[] { await h.Get("/api/static", render), await h.Get("/api/static", render), await h.Get("/api/static", render) };

        Assert.All(during, r => Assert.Equal("v1", CacheHarness.Body(r)));
        Assert.Equal(1, h.Renders); // stale-if-error: no re-render while L1 holds the entry
    }

    [Fact]
    public async Task Shared_store_down_keeps_what_this_instance_rendered_in_L1()
    {
        var h = new CacheHarness(withL1: true);
        var render = h.Render();
        h.Store.Mode = FlakyStore.FaultMode.Throw; // down from the start: nothing cached anywhere yet

        var first = await h.Get("/api/static", render);
        var second = await h.Get("/api/static", render);

        Assert.Equal(("v1", "v1"), (CacheHarness.Body(first), CacheHarness.Body(second)));
        Assert.Equal(1, h.Renders);
    }

    [Fact]
    public async Task Corrupt_entry_is_logged_regenerated_and_overwritten()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        var key = _h.Cache.Core.Keys.Route("/api/static");
        var bytes = (await _h.Store.Inner.GetAsync(key, CacheReadMode.Default, default))!;
        var damaged = bytes.ToArray();
        damaged[^6] ^= 0xFF; // flip a body byte
        await _h.Store.Inner.SetAsync(key, damaged, default);

        var regenerated = await _h.Get("/api/static", render);
        Assert.Equal(CacheOutcome.Miss, regenerated.Outcome);
        Assert.Equal("v2", CacheHarness.Body(regenerated));
        Assert.True(_h.Logger.Has(4105));
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/static", render)).Outcome);
    }

    [Fact]
    public async Task Truncated_entry_is_treated_as_missing()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        var key = _h.Cache.Core.Keys.Route("/api/static");
        var bytes = (await _h.Store.Inner.GetAsync(key, CacheReadMode.Default, default))!;
        await _h.Store.Inner.SetAsync(key, bytes.AsMemory(0, bytes.Length / 2), default);

        Assert.Equal("v2", CacheHarness.Body(await _h.Get("/api/static", render)));
    }

    [Fact]
    public async Task Throwing_store_serves_uncached_pauses_then_recovers_by_itself()
    {
        var render = _h.Render();
        _h.Store.Mode = FlakyStore.FaultMode.Throw;
        var first = await _h.Get("/api/static", render);
        var callsAfterFirst = _h.Store.Calls;
        var second = await _h.Get("/api/static", render);

        Assert.Equal((CacheOutcome.Miss, "v1"), (first.Outcome, CacheHarness.Body(first)));
        Assert.Equal((CacheOutcome.Miss, "v2"), (second.Outcome, CacheHarness.Body(second)));
        Assert.Equal(callsAfterFirst, _h.Store.Calls); // paused: the dead store isn't hammered
        Assert.True(_h.Logger.Has(4102));
        Assert.True(_h.Logger.Has(4103));

        _h.Store.Mode = FlakyStore.FaultMode.None;
        _h.Time.Advance(_h.Options.FailureCooldown + TimeSpan.FromSeconds(1));
        Assert.Equal(CacheOutcome.Miss, (await _h.Get("/api/static", render)).Outcome);
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/static", render)).Outcome);
        Assert.True(_h.Logger.Has(4104));
        Assert.Equal(3, _h.Renders);
    }

    [Fact]
    public async Task An_outage_warns_once_however_many_retries_fail_a_flap_is_not_warned_and_a_later_outage_is()
    {
        var render = _h.Render();
        int Warnings() => _h.Logger.Entries.Count(e => e.EventId is 4101 or 4102);
        _h.Store.Mode = FlakyStore.FaultMode.Throw;
        for (var retry = 0; retry < 4; retry++)
        {
            await _h.Get("/api/static", render);
            _h.Time.Advance(_h.Options.FailureCooldown + TimeSpan.FromSeconds(1)); // each retry reaches the store and fails
        }

        Assert.Equal(1, Warnings());
        Assert.True(_h.Logger.Has(4112)); // the repeats, at debug level

        _h.Store.Mode = FlakyStore.FaultMode.None;
        await _h.Get("/api/static", render);
        Assert.True(_h.Logger.Has(4104));

        _h.Store.Mode = FlakyStore.FaultMode.Throw; // flaps back down at once: the same failure, not warned again
        _h.Time.Advance(_h.Options.FailureCooldown + TimeSpan.FromSeconds(1));
        await _h.Get("/api/static", render);
        Assert.Equal(1, Warnings());

        _h.Store.Mode = FlakyStore.FaultMode.None;
        _h.Time.Advance(_h.Options.FailureCooldown + TimeSpan.FromSeconds(1));
        await _h.Get("/api/other", render);
        _h.Store.Mode = FlakyStore.FaultMode.Throw; // down again much later: a new warning
        _h.Time.Advance(StoreGuard.RepeatWarningAfter);
        await _h.Get("/api/static", render);
        Assert.Equal(2, Warnings());
    }

    [Fact]
    public async Task Hanging_store_is_bounded_by_the_store_timeout_and_the_request_is_served()
    {
        var render = _h.Render();
        _h.Store.Mode = FlakyStore.FaultMode.Hang;
        var result = await _h.AdvanceUntil(_h.Get("/api/static", render), TimeSpan.FromMilliseconds(500));

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal("v1", CacheHarness.Body(result));
        Assert.True(_h.Logger.Has(4101));
    }

    [Fact]
    public async Task Store_failure_during_revalidateTag_still_invalidates_on_this_instance()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        _h.Store.Mode = FlakyStore.FaultMode.Throw;
        await _h.Cache.RevalidatePathAsync("/api/static");
        _h.Store.Mode = FlakyStore.FaultMode.None;
        _h.Time.Advance(_h.Options.FailureCooldown + TimeSpan.FromSeconds(1));

        Assert.Equal(CacheOutcome.Miss, (await _h.Get("/api/static", render)).Outcome);
    }

    [Fact]
    public async Task Failing_background_regeneration_is_logged_and_keeps_serving_stale()
    {
        var calls = 0;
        Task<CachedResponse> Render(CancellationToken _) =>
            ++calls == 1 ? Task.FromResult(CacheHarness.Ok("good")) : throw new InvalidOperationException("db down");
        var window = TimeSpan.FromSeconds(5);
        await _h.Get("/api/isr", Render, window);
        _h.Time.Advance(TimeSpan.FromSeconds(6));

        var stale = await _h.Get("/api/isr", Render, window);
        await _h.Tracker.WhenIdleAsync();
        var again = await _h.Get("/api/isr", Render, window);
        await _h.Tracker.WhenIdleAsync();

        Assert.Equal((CacheOutcome.Stale, "good"), (stale.Outcome, CacheHarness.Body(stale)));
        Assert.Equal((CacheOutcome.Stale, "good"), (again.Outcome, CacheHarness.Body(again)));
        Assert.True(_h.Logger.Has(4106));
        Assert.Equal(3, calls); // retried by the next request, not in a loop
    }
}
