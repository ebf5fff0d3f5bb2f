using Nextfunc.Caching;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

/// <summary>
/// An entry the in-memory L1 holds is parsed and checksummed once, on its first read; an entry that comes from
/// the shared store is verified on every read (the faults and corruption tests cover that side).
/// </summary>
[Trait("Category", "InProcess")]
public sealed class HeldEntryTests
{
    [Fact]
    public async Task An_entry_held_in_L1_is_parsed_once_and_shared_by_later_hits()
    {
        var h = new CacheHarness(withL1: true);
        var render = h.Render();
        await h.Get("/api/static", render);

        var first = await h.Get("/api/static", render);
        var second = await h.Get("/api/static", render);

        Assert.Equal((CacheOutcome.Hit, CacheOutcome.Hit), (first.Outcome, second.Outcome));
        Assert.Same(first.Response.Headers, second.Response.Headers);
        Assert.Equal(1, h.Renders);
    }

    [Fact]
    public async Task A_new_copy_in_L1_is_parsed_again()
    {
        var h = new CacheHarness(withL1: true);
        await h.Get("/api/static", h.Render());
        var before = await h.Get("/api/static", h.Render());

        await h.Cache.RevalidatePathAsync("/api/static");
        var rendered = await h.Get("/api/static", h.Render());
        var after = await h.Get("/api/static", h.Render());

        Assert.Equal((CacheOutcome.Miss, CacheOutcome.Hit), (rendered.Outcome, after.Outcome));
        Assert.NotEqual(CacheHarness.Body(before), CacheHarness.Body(after));
        Assert.NotSame(before.Response.Headers, after.Response.Headers);
    }
}
