using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Tests.Caching.Azurite;

namespace Nextfunc.Tests.Caching.Stores;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class BlobCacheStoreTests(AzuriteFixture azurite) : CacheStoreConformanceTests
{
    private protected override ICacheStore CreateStore(TimeProvider time) => new BlobCacheStore(azurite.CreateContainerClient(), time);

    [Fact]
    public async Task Container_is_recreated_after_being_deleted_to_purge()
    {
        var container = azurite.CreateContainerClient();
        var store = new BlobCacheStore(container, Time);
        await store.SetAsync("b1/route/p", "v"u8.ToArray(), default);
        await container.DeleteAsync();

        await Assert.ThrowsAnyAsync<Exception>(async () => await store.SetAsync("b1/route/p", "v"u8.ToArray(), default));
        Assert.Null(await store.GetAsync("b1/route/p", CacheReadMode.Default, default));
        await store.SetAsync("b1/route/p", "again"u8.ToArray(), default);
        Assert.Equal("again"u8.ToArray(), await store.GetAsync("b1/route/p", CacheReadMode.Default, default));
    }
}
