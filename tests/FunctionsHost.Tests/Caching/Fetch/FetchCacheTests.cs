using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Fetch;

/// <summary>
/// The fetch cache against a real service that counts its requests: what is cached and for how long, what is never
/// cached or stored, and that identical calls of one request share one answer.
/// </summary>
[Trait("Category", "Functional")]
public sealed class FetchCacheTests
{
    private static readonly FetchCacheOptions OneMinute = new() { Revalidate = TimeSpan.FromSeconds(60), Tags = ["products"] };

    [Fact]
    public async Task A_cached_call_reaches_the_service_once_until_its_window_is_over()
    {
        await using var h = await FetchHarness.StartAsync();

        var answers = new[] { await h.GetAsync("/products", OneMinute), await h.GetAsync("/products", OneMinute), await h.GetAsync("/products", OneMinute) };
        Assert.Equal(1, h.Upstream.Hits("/products"));
        Assert.All(answers, a => Assert.Equal((200, "products #1 for "), a));

        h.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal((200, "products #2 for "), await h.GetAsync("/products", OneMinute));
        Assert.Equal(2, h.Upstream.Hits("/products"));
    }

    [Fact]
    public async Task Client_defaults_cache_every_call_and_without_them_nothing_is_cached()
    {
        await using (var cached = await FetchHarness.StartAsync(new FetchCacheOptions { Cache = FetchCacheMode.ForceCache }))
        {
            await cached.GetAsync("/products");
            await cached.GetAsync("/products");
            Assert.Equal(1, cached.Upstream.Hits("/products"));
        }

        await using var plain = await FetchHarness.StartAsync();
        await plain.GetAsync("/products");
        await plain.GetAsync("/products");
        Assert.Equal(2, plain.Upstream.Hits("/products")); // Next.js 15: not cached unless asked
    }

    [Fact]
    public async Task NoStore_on_the_call_goes_to_the_service_every_time_whatever_the_client_says()
    {
        await using var h = await FetchHarness.StartAsync(new FetchCacheOptions { Cache = FetchCacheMode.ForceCache });
        var noStore = new FetchCacheOptions { Cache = FetchCacheMode.NoStore };

        await h.GetAsync("/products", noStore);
        await h.GetAsync("/products", noStore);
        await h.GetAsync("/products", new FetchCacheOptions { Revalidate = TimeSpan.Zero });

        Assert.Equal(3, h.Upstream.Hits("/products"));
    }

    [Fact]
    public async Task A_call_with_Authorization_is_not_cached_unless_it_allows_credentials_and_then_only_for_the_same_ones()
    {
        await using var h = await FetchHarness.StartAsync();
        void Bearer(HttpRequestMessage r, string token) => r.Headers.Authorization = new("Bearer", token);

        await h.GetAsync("/products", OneMinute, r => Bearer(r, "alice"));
        await h.GetAsync("/products", OneMinute, r => Bearer(r, "alice"));
        Assert.Equal(2, h.Upstream.Hits("/products"));

        var allowed = OneMinute with { AllowCredentials = true };
        Assert.Equal((200, "products #3 for Bearer alice"), await h.GetAsync("/products", allowed, r => Bearer(r, "alice")));
        Assert.Equal((200, "products #3 for Bearer alice"), await h.GetAsync("/products", allowed, r => Bearer(r, "alice")));
        Assert.Equal((200, "products #4 for Bearer bob"), await h.GetAsync("/products", allowed, r => Bearer(r, "bob")));
        Assert.Equal((200, "products #5 for "), await h.GetAsync("/products", OneMinute)); // no credentials: an entry of its own
        Assert.Equal(5, h.Upstream.Hits("/products"));
    }

    [Theory]
    [InlineData("/status/404")]
    [InlineData("/status/500")]
    [InlineData("/cookie")]
    [InlineData("/private")]
    [InlineData("/big")]
    [InlineData("/big?length=1")]
    public async Task Answers_that_are_not_safe_to_share_are_returned_but_never_stored(string path)
    {
        await using var h = await FetchHarness.StartAsync();

        var first = await h.GetAsync(path, OneMinute);
        var second = await h.GetAsync(path, OneMinute);

        Assert.Equal(2, h.Upstream.Hits(path.Split('?')[0]));
        Assert.NotEqual(first.Body, second.Body); // each is the service's own answer
    }

    [Fact]
    public async Task Identical_calls_of_one_request_share_one_answer_even_one_that_is_not_stored()
    {
        await using var h = await FetchHarness.StartAsync();

        var answers = await FetchHarness.InRequest(() => Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.GetAsync("/slow", OneMinute))));
        var failures = await FetchHarness.InRequest(() => Task.WhenAll(Enumerable.Range(0, 3).Select(_ => h.GetAsync("/status/503", OneMinute))));

        Assert.Equal(1, h.Upstream.Hits("/slow"));
        Assert.All(answers, a => Assert.Equal((200, "slow #1"), a));
        Assert.Equal(1, h.Upstream.Hits("/status/503"));
        Assert.All(failures, a => Assert.Equal(503, a.Status));
        await FetchHarness.InRequest(() => h.GetAsync("/status/503", OneMinute)); // another request: the 503 was not stored
        Assert.Equal(2, h.Upstream.Hits("/status/503"));
    }

    [Fact]
    public async Task RevalidateTag_purges_the_calls_with_that_tag()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.GetAsync("/products", OneMinute);
        await h.GetAsync("/products", OneMinute);

        await h.Cache.RevalidateTagAsync("other");
        await h.GetAsync("/products", OneMinute);
        Assert.Equal(1, h.Upstream.Hits("/products"));

        await h.Cache.RevalidateTagAsync("products");
        Assert.Equal((200, "products #2 for "), await h.GetAsync("/products", OneMinute));
        Assert.Equal((200, "products #2 for "), await h.GetAsync("/products", OneMinute));
        Assert.Equal(2, h.Upstream.Hits("/products"));
    }

    [Fact]
    public async Task A_store_outage_makes_calls_uncached_never_failed_and_caching_resumes_after_it()
    {
        await using var h = await FetchHarness.StartAsync(flakyStore: true);
        h.Store!.Mode = Support.FlakyStore.FaultMode.Throw;

        for (var i = 1; i <= 3; i++)
            Assert.Equal((200, $"products #{i} for "), await h.GetAsync("/products", OneMinute));
        Assert.Equal(3, h.Upstream.Hits("/products"));

        h.Store.Mode = Support.FlakyStore.FaultMode.None;
        h.Time.Advance(TimeSpan.FromSeconds(3)); // past FailureCooldownSeconds (2 s)
        await h.GetAsync("/products", OneMinute);
        await h.GetAsync("/products", OneMinute);
        Assert.Equal(4, h.Upstream.Hits("/products"));
    }
}
