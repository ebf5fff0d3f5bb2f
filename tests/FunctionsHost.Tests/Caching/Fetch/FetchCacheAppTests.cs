using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Fetch;

/// <summary>
/// The fetch cache in a running app, as a user writes it: a client registered with <c>AddNextfuncFetchCache()</c>, a
/// force-static route whose call has a 60 s window, a dynamic route making the same call twice at once.
/// </summary>
[Trait("Category", "Functional")]
public sealed class FetchCacheAppTests : IAsyncLifetime
{
    private CountingUpstream _upstream = null!;
    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        _upstream = await CountingUpstream.StartAsync();
        _app = await AppUnderTest.StartAsync(Manifest(
        [
            Route("/api/catalog", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, (HttpVerb.GET, async i =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "products").WithFetchCache(revalidate: TimeSpan.FromSeconds(60), tags: ["products"]);
                using var response = await Cms(i).SendAsync(request, i.Aborted);
                return NextResponse.Text(await response.Content.ReadAsStringAsync(i.Aborted));
            })),
            Route("/api/twice", null, (HttpVerb.GET, async i =>
            {
                var calls = await Task.WhenAll(Cms(i).GetStringAsync("slow"), Cms(i).GetStringAsync("slow"));
                return NextResponse.Text(string.Join(" | ", calls));
            })),
            Route("/api/revalidate", null, (HttpVerb.POST, async i =>
            {
                await i.GetService<OutputCache>().RevalidatePathAsync("/api/catalog");
                return NextResponse.Text("ok");
            })),
        ]), b => b.Services.AddHttpClient("cms", c => c.BaseAddress = _upstream.BaseAddress)
            .AddNextfuncFetchCache(new FetchCacheOptions { Revalidate = TimeSpan.FromMinutes(5) }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    private static HttpClient Cms(RouteInvocation i) => i.GetService<IHttpClientFactory>().CreateClient("cms");

    [Fact]
    public async Task A_cached_route_takes_its_calls_window_and_its_revalidatePath_purges_the_call()
    {
        using var first = await _app.Client.GetAsync("/api/catalog");
        using var second = await _app.Client.GetAsync("/api/catalog");
        Assert.Equal(("MISS", "HIT"), (first.Headers.GetValues("x-nextjs-cache").Single(), second.Headers.GetValues("x-nextjs-cache").Single()));
        Assert.Equal("s-maxage=60, stale-while-revalidate=31535940", second.Headers.CacheControl!.ToString());
        Assert.Equal(1, _upstream.Hits("/products"));

        (await _app.Client.PostAsync("/api/revalidate", null)).Dispose();
        using var after = await _app.Client.GetAsync("/api/catalog");

        Assert.Equal(("MISS", "products #2 for "), (after.Headers.GetValues("x-nextjs-cache").Single(), await after.Content.ReadAsStringAsync()));
        Assert.Equal(2, _upstream.Hits("/products"));
    }

    [Fact]
    public async Task Identical_calls_of_one_request_reach_the_service_once()
    {
        var body = await _app.Client.GetStringAsync("/api/twice");

        Assert.Equal("slow #1 | slow #1", body);
        Assert.Equal(1, _upstream.Hits("/slow"));
    }
}
