using Serverless.FunctionsHost.Caching;

namespace Serverless.FunctionsHost.Tests.Caching.Stores;

public sealed class MemoryCacheStoreTests : CacheStoreConformanceTests
{
    private protected override ICacheStore CreateStore(TimeProvider time) => new MemoryCacheStore(16 * 1024 * 1024, time);

    [Fact]
    public async Task Size_limit_evicts_least_recently_used_first()
    {
        var store = new MemoryCacheStore(3 * 1200, Time);
        var kilo = new byte[1000];
        await store.SetAsync("a", kilo, default);
        await store.SetAsync("b", kilo, default);
        await store.SetAsync("c", kilo, default);
        await store.GetAsync("a", CacheReadMode.Default, default); // a is now most recently used
        await store.SetAsync("d", kilo, default);

        Assert.NotNull(await store.GetAsync("a", CacheReadMode.Default, default));
        Assert.Null(await store.GetAsync("b", CacheReadMode.Default, default));
        Assert.True(store.Size <= 3 * 1200);
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public async Task Value_larger_than_the_limit_is_not_kept()
    {
        var store = new MemoryCacheStore(1000, Time);
        await store.SetAsync("big", new byte[5000], default);
        Assert.Null(await store.GetAsync("big", CacheReadMode.Default, default));
        Assert.Equal(0, store.Size);
    }
}
