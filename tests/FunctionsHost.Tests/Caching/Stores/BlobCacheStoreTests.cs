using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
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

    [Fact]
    public async Task A_tag_revalidated_after_the_container_was_deleted_still_reaches_other_instances()
    {
        var name = AzuriteFixture.NewContainerName();
        var revalidating = new BlobCacheStore(azurite.CreateContainerClient(name: name), Time);
        var other = new BlobCacheStore(azurite.CreateContainerClient(name: name), Time);
        await revalidating.SetAsync("b1/route/p", "v"u8.ToArray(), default);
        await azurite.CreateContainerClient(name: name).DeleteAsync();
        var at = Time.GetUtcNow();

        await revalidating.MarkTagRevalidatedAsync("b1:products", at, default);

        Assert.Equal(at, await other.GetTagRevalidatedAtAsync("b1:products", default));
    }

    [Fact]
    public async Task A_lock_tried_after_the_container_was_deleted_fails_once_then_works()
    {
        var container = azurite.CreateContainerClient();
        var store = new BlobCacheStore(container, Time);
        await store.SetAsync("b1/route/p", "v"u8.ToArray(), default);
        await container.DeleteAsync();

        await Assert.ThrowsAnyAsync<Exception>(async () => await store.TryAcquireLockAsync("b1/route/p", TimeSpan.FromSeconds(30), default));
        Assert.NotNull(await store.TryAcquireLockAsync("b1/route/p", TimeSpan.FromSeconds(30), default));
    }

    [Fact]
    public async Task A_held_lock_costs_a_contender_one_request_and_a_free_one_two()
    {
        var counter = new RequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var name = AzuriteFixture.NewContainerName();
        var holder = new BlobCacheStore(azurite.CreateContainerClient(name: name), Time);
        var contender = new BlobCacheStore(new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(name), Time);
        await holder.SetAsync("b1/route/other", "v"u8.ToArray(), default); // creates the container
        await contender.TryAcquireLockAsync("b1/route/warm", TimeSpan.FromSeconds(30), default); // the contender's own container check
        var token = await holder.TryAcquireLockAsync("b1/route/p", TimeSpan.FromSeconds(30), default);

        counter.Requests = 0;
        Assert.Null(await contender.TryAcquireLockAsync("b1/route/p", TimeSpan.FromSeconds(30), default));
        Assert.Equal(1, counter.Requests);

        await holder.ReleaseLockAsync("b1/route/p", token!, default);
        counter.Requests = 0;
        Assert.NotNull(await contender.TryAcquireLockAsync("b1/route/p", TimeSpan.FromSeconds(30), default));
        Assert.Equal(2, counter.Requests);
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        public int Requests;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Requests);
    }
}
