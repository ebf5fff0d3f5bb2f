using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

[Trait("Category", "InProcess")]
public sealed class OutputCacheSemanticsTests
{
    private readonly CacheHarness _h = new();

    [Fact]
    public async Task First_request_misses_then_hits_with_the_same_strong_etag()
    {
        var render = _h.Render();
        var first = await _h.Get("/api/static", render);
        var second = await _h.Get("/api/static", render);

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Equal(1, _h.Renders);
        Assert.Equal("v1", CacheHarness.Body(second));
        Assert.Matches("^\"[0-9a-f]{32}\"$", first.Response.ETag);
        Assert.Equal(first.Response.ETag, second.Response.ETag);
        Assert.Contains("_N_T_/api/static", second.Response.Tags);
        Assert.Equal(_h.Time.GetUtcNow(), second.Response.CreatedAt);
    }

    [Fact]
    public async Task Trailing_slash_and_missing_leading_slash_share_an_entry_but_paths_do_not()
    {
        var render = _h.Render();
        await _h.Get("/a/b", render);
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/a/b/", render)).Outcome);
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("a/b", render)).Outcome);
        Assert.Equal(CacheOutcome.Miss, (await _h.Get("/a/c", render)).Outcome);
    }

    [Fact]
    public async Task Force_static_is_cached_forever()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        _h.Time.Advance(TimeSpan.FromDays(400));
        var result = await _h.Get("/api/static", render);

        Assert.Equal(CacheOutcome.Hit, result.Outcome);
        Assert.Equal(1, _h.Renders);
    }

    [Fact]
    public async Task Revalidate_serves_stale_once_with_exactly_one_background_render_then_fresh()
    {
        var gate = new TaskCompletionSource();
        var render = _h.Render(before: () => _h.Renders > 1 ? gate.Task : Task.CompletedTask);
        var window = TimeSpan.FromSeconds(3);
        await _h.Get("/api/isr", render, window);
        _h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/isr", render, window)).Outcome);

        _h.Time.Advance(TimeSpan.FromSeconds(1.5));
        var stale = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _h.Get("/api/isr", render, window)));
        Assert.All(stale, r => Assert.Equal(CacheOutcome.Stale, r.Outcome));
        Assert.All(stale, r => Assert.Equal("v1", CacheHarness.Body(r)));

        gate.SetResult();
        await _h.Tracker.WhenIdleAsync();
        var fresh = await _h.Get("/api/isr", render, window);

        Assert.Equal(2, _h.Renders);
        Assert.Equal(CacheOutcome.Hit, fresh.Outcome);
        Assert.Equal("v2", CacheHarness.Body(fresh));
        Assert.NotEqual(stale[0].Response.ETag, fresh.Response.ETag);
    }

    [Fact]
    public async Task RevalidatePath_makes_the_next_request_render_synchronously()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        await _h.Get("/api/other", render);
        await _h.Cache.RevalidatePathAsync("/api/static/");

        var next = await _h.Get("/api/static", render);
        Assert.Equal(CacheOutcome.Miss, next.Outcome);
        Assert.Equal("v3", CacheHarness.Body(next));
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/static", render)).Outcome);
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/other", render)).Outcome);
    }

    [Fact]
    public async Task RevalidateTag_invalidates_responses_with_explicit_tags_and_skips_the_stale_step()
    {
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) =>
            Task.FromResult(CacheHarness.Ok($"r{++renders}") with { Tags = ["products"] });
        await _h.Get("/api/list", Render, TimeSpan.FromHours(1));
        await _h.Cache.RevalidateTagAsync("unrelated");
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/list", Render, TimeSpan.FromHours(1))).Outcome);

        await _h.Cache.RevalidateTagAsync("products");
        var next = await _h.Get("/api/list", Render, TimeSpan.FromHours(1));
        Assert.Equal(CacheOutcome.Miss, next.Outcome);
        Assert.Equal("r2", CacheHarness.Body(next));
    }

    [Fact]
    public async Task CacheTags_added_during_the_render_tag_the_entry()
    {
        var render = _h.Render(before: () => { CacheTags.Add("cms"); return Task.CompletedTask; });
        var first = await _h.Get("/api/cms", render);
        Assert.Contains("cms", first.Response.Tags);

        await _h.Cache.RevalidateTagAsync("cms");
        Assert.Equal(CacheOutcome.Miss, (await _h.Get("/api/cms", render)).Outcome);
        Assert.Equal(2, _h.Renders);
    }

    [Theory]
    [InlineData(404, null)]
    [InlineData(500, null)]
    [InlineData(307, null)]
    [InlineData(200, "session=abc; Path=/")]
    public async Task Non_200_or_Set_Cookie_responses_are_returned_but_never_stored(int status, string? cookie)
    {
        var render = _h.Render(status, cookie);
        var first = await _h.Get("/api/x", render);
        var second = await _h.Get("/api/x", render);

        Assert.Equal(status, first.Response.StatusCode);
        Assert.Null(first.Response.ETag);
        Assert.Equal(CacheOutcome.Miss, second.Outcome);
        Assert.Equal(2, _h.Renders);
        Assert.Null(await _h.Store.Inner.GetAsync(_h.Cache.Core.Keys.Route("/api/x"), CacheReadMode.Default, default));
    }

    [Fact]
    public async Task PutAsync_prerenders_an_entry_that_is_then_a_hit()
    {
        await _h.Cache.PutAsync("/api/static", CacheHarness.Ok("prerendered"), CachePolicy.Forever, default);
        var result = await _h.Get("/api/static", _h.Render());

        Assert.Equal(CacheOutcome.Hit, result.Outcome);
        Assert.Equal("prerendered", CacheHarness.Body(result));
        Assert.Equal(0, _h.Renders);
    }

    [Fact]
    public async Task A_new_build_id_never_serves_the_old_builds_bytes()
    {
        var render = _h.Render();
        await _h.Get("/api/static", render);
        var nextDeployment = new OutputCache(CacheTiers.SharedOnly(_h.Store), new OutputCacheOptions { BuildId = "next-build" }, _h.Tracker, _h.Time, _h.Logger);

        var result = await nextDeployment.GetOrRenderAsync("/api/static", CachePolicy.Forever, render, default);
        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal("v2", CacheHarness.Body(result));
    }
}
