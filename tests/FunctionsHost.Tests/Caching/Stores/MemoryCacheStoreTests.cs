using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Stores;

[Trait("Category", "InProcess")]
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

    [Fact]
    public async Task Reads_racing_evicting_writes_see_only_their_own_bytes_and_the_limit_holds()
    {
        // Reads take no lock; writes evict by use stamps. Each key's bytes are filled with its own number.
        var store = new MemoryCacheStore(20 * 1200, Time);
        var stop = DateTime.UtcNow.AddSeconds(1);
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(() =>
        {
            var reads = 0;
            for (var i = r; DateTime.UtcNow < stop; i++)
            {
                var key = (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (store.TryGet(key, out var value))
                {
                    Assert.All(value, b => Assert.Equal((byte)(i % 50), b));
                    reads++;
                }
            }
            return reads;
        })).ToArray();
        for (var i = 0; DateTime.UtcNow < stop; i++)
        {
            var n = i % 50;
            await store.SetAsync(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Enumerable.Repeat((byte)n, 1000).ToArray(), default);
            Assert.True(store.Size <= 20 * 1200, $"size {store.Size} over the limit");
        }

        Assert.True((await Task.WhenAll(readers)).Sum() > 0);
        Assert.InRange(store.Count, 1, 20 * 1200 / 1000); // at most as many 1,000-byte values as the limit holds
    }
}
