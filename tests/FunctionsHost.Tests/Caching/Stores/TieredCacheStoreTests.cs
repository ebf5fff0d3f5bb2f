using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Stores;

[Trait("Category", "InProcess")]
public sealed class TieredCacheStoreTests : CacheStoreConformanceTests
{
    private protected override ICacheStore CreateStore(TimeProvider time) =>
        new TieredCacheStore(new MemoryCacheStore(1 << 20, time), new MemoryCacheStore(16 << 20, time));

    [Fact]
    public async Task Authoritative_read_bypasses_a_stale_local_copy()
    {
        var shared = new MemoryCacheStore(1 << 20, Time);
        var tiered = new TieredCacheStore(new MemoryCacheStore(1 << 20, Time), shared);
        await tiered.SetAsync("k", "old"u8.ToArray(), default);
        await shared.SetAsync("k", "new"u8.ToArray(), default); // another instance wrote

        Assert.Equal("old"u8.ToArray(), await tiered.GetAsync("k", CacheReadMode.Default, default));
        Assert.Equal("new"u8.ToArray(), await tiered.GetAsync("k", CacheReadMode.Authoritative, default));
        Assert.Equal("new"u8.ToArray(), await tiered.GetAsync("k", CacheReadMode.Default, default)); // L1 refreshed
    }
}
