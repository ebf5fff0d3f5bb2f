using System.Text;
using Microsoft.AspNetCore.Http;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;

namespace Nextfunc.Tests.Caching.Fetch;

/// <summary>
/// A cached route that makes cached calls, as Next.js relates the two: the route carries the calls' tags, is stored with
/// a window no longer than theirs, and its revalidatePath purges the calls made while it rendered (soft tags).
/// </summary>
[Trait("Category", "Functional")]
public sealed class FetchCacheRouteTests
{
    private int _renders;

    // A render as StaticRender runs one: in a request scope of its own, with the route's tags on its fetch memo.
    private Task<CacheResult> Render(FetchHarness h, string path, CachePolicy policy, FetchCacheOptions options) =>
        h.Cache.GetOrRenderAsync(path, policy, async _ =>
        {
            var context = new DefaultHttpContext();
            RequestScope.Enter(context);
            FetchRequestMemo.Begin(context, [CacheKeys.PathTag(path)]);
            var (_, body) = await h.GetAsync("/products", options);
            return new CachedResponse(200, [new("content-type", "text/plain")], Encoding.UTF8.GetBytes($"render {Interlocked.Increment(ref _renders)}: {body}"));
        }, CancellationToken.None);

    [Fact]
    public async Task A_force_static_route_is_stored_with_the_window_of_its_call()
    {
        await using var h = await FetchHarness.StartAsync();
        var oneMinute = new FetchCacheOptions { Revalidate = TimeSpan.FromSeconds(60) };

        var first = await Render(h, "/api/catalog", CachePolicy.Forever, oneMinute);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Response.Revalidate);
        Assert.Equal("s-maxage=60, stale-while-revalidate=31535940", CachePolicy.Forever.Lowered(first.Response.Revalidate).CacheControl);
        Assert.Equal(CacheOutcome.Hit, (await Render(h, "/api/catalog", CachePolicy.Forever, oneMinute)).Outcome);

        h.Time.Advance(TimeSpan.FromSeconds(60) + new OutputCacheOptions().MaxStaleSpread); // past the window and any instance's stale spread
        Assert.Equal(CacheOutcome.Stale, (await Render(h, "/api/catalog", CachePolicy.Forever, oneMinute)).Outcome); // then one background render
        await WaitForAsync(() => h.Upstream.Hits("/products") == 2);
    }

    [Fact]
    public async Task A_longer_call_window_leaves_the_routes_own_and_a_route_window_is_never_raised()
    {
        await using var h = await FetchHarness.StartAsync();

        var route = await Render(h, "/api/catalog", new CachePolicy(TimeSpan.FromSeconds(30)), new FetchCacheOptions { Revalidate = TimeSpan.FromSeconds(600) });
        var forever = await Render(h, "/api/forever", CachePolicy.Forever, new FetchCacheOptions { Cache = FetchCacheMode.ForceCache });

        Assert.Equal(TimeSpan.FromSeconds(30), route.Response.Revalidate);
        Assert.Null(forever.Response.Revalidate);
    }

    [Fact]
    public async Task RevalidateTag_of_a_call_purges_the_route_that_made_it_and_the_call()
    {
        await using var h = await FetchHarness.StartAsync();
        var tagged = new FetchCacheOptions { Cache = FetchCacheMode.ForceCache, Tags = ["products"] };
        await Render(h, "/api/catalog", CachePolicy.Forever, tagged);

        await h.Cache.RevalidateTagAsync("products");
        var after = await Render(h, "/api/catalog", CachePolicy.Forever, tagged);

        Assert.Equal(CacheOutcome.Miss, after.Outcome);
        Assert.Contains("products", after.Response.Tags);
        Assert.Equal("render 2: products #2 for ", Encoding.UTF8.GetString(after.Response.Body.Span));
        Assert.Equal(2, h.Upstream.Hits("/products"));
    }

    [Fact]
    public async Task RevalidatePath_of_a_route_purges_the_calls_it_made_while_other_routes_keep_theirs()
    {
        await using var h = await FetchHarness.StartAsync();
        var untagged = new FetchCacheOptions { Cache = FetchCacheMode.ForceCache };
        await Render(h, "/api/catalog", CachePolicy.Forever, untagged);
        await Render(h, "/api/other", CachePolicy.Forever, untagged); // the same call, answered from the cache
        Assert.Equal(1, h.Upstream.Hits("/products"));

        await h.Cache.RevalidatePathAsync("/api/catalog");
        var again = await Render(h, "/api/catalog", CachePolicy.Forever, untagged);

        Assert.Equal("render 3: products #2 for ", Encoding.UTF8.GetString(again.Response.Body.Span));
        Assert.Equal(2, h.Upstream.Hits("/products"));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition());
    }
}
