using Nextfunc.Caching;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

[Trait("Category", "InProcess")]
public sealed class DataCacheTests
{
    private readonly CacheHarness _h = new();
    private int _loads;

    private Task<int> Price() =>
        _h.Data.GetOrCreateAsync(["prices", "eu"], _ => Task.FromResult(Interlocked.Increment(ref _loads)),
            new DataCacheOptions { Tags = ["tag-a"] }, TestJsonContext.Default.Int32, default);

    [Fact]
    public async Task Value_is_computed_once_then_served_from_the_store()
    {
        Assert.Equal(1, await Price());
        Assert.Equal(1, await Price());
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task Tags_of_data_read_during_a_render_invalidate_the_cached_response()
    {
        async Task<CachedResponse> Render(CancellationToken _) => CacheHarness.Ok($"price {await Price()}");
        var first = await _h.Get("/api/price", Render);
        Assert.Contains("tag-a", first.Response.Tags);
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/price", Render)).Outcome);

        await _h.Cache.RevalidateTagAsync("tag-b");
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/price", Render)).Outcome);

        await _h.Cache.RevalidateTagAsync("tag-a");
        var fresh = await _h.Get("/api/price", Render);
        Assert.Equal((CacheOutcome.Miss, "price 2"), (fresh.Outcome, CacheHarness.Body(fresh)));
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/price", Render)).Outcome);
    }

    [Fact]
    public async Task Data_cache_hits_still_tag_a_new_render()
    {
        await Price(); // cached before any route reads it
        var result = await _h.Get("/api/price", async _ => CacheHarness.Ok($"price {await Price()}"));
        Assert.Contains("tag-a", result.Response.Tags);
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task Revalidate_time_recomputes_after_expiry()
    {
        Task<int> Get() => _h.Data.GetOrCreateAsync(["n"], _ => Task.FromResult(Interlocked.Increment(ref _loads)),
            new DataCacheOptions { Revalidate = TimeSpan.FromSeconds(10) }, TestJsonContext.Default.Int32, default);
        await Get();
        _h.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(1, await Get());
        _h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await Get());
    }

    [Fact]
    public async Task Complex_values_round_trip_with_the_reflection_convenience_overload()
    {
        var loaded = await _h.Data.GetOrCreateAsync(["p"], _ => Task.FromResult(new Product("tea", 3.5m)));
        var cached = await _h.Data.GetOrCreateAsync<Product>(["p"], _ => throw new InvalidOperationException("should be cached"));
        Assert.Equal(loaded, cached);
    }

    [Fact]
    public async Task A_value_of_another_shape_is_recomputed_not_thrown()
    {
        await _h.Data.GetOrCreateAsync(["shape"], _ => Task.FromResult(new Product("tea", 3.5m)), new DataCacheOptions(), TestJsonContext.Default.Product, default);
        var number = await _h.Data.GetOrCreateAsync(["shape"], _ => Task.FromResult(7), new DataCacheOptions(), TestJsonContext.Default.Int32, default);
        Assert.Equal(7, number);
        Assert.True(_h.Logger.Has(4110));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_computation()
    {
        var gate = new TaskCompletionSource();
        var calls = Enumerable.Range(0, 10).Select(_ => _h.Data.GetOrCreateAsync(["slow"], async _ =>
        {
            Interlocked.Increment(ref _loads);
            await gate.Task;
            return 42;
        }, new DataCacheOptions(), TestJsonContext.Default.Int32, default)).ToArray();
        gate.SetResult();

        Assert.All(await Task.WhenAll(calls), v => Assert.Equal(42, v));
        Assert.Equal(1, _loads);
    }
}
