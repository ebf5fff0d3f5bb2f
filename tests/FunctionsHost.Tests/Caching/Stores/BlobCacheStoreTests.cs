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
    // With copies, as the app runs it: every conformance rule holds whichever place an instance reads.
    private protected override ICacheStore CreateStore(TimeProvider time) =>
        new BlobCacheStore(azurite.CreateContainerClient(), time, new BlobEntryCopies(4, Guid.NewGuid().ToString("N")));

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

    [Fact]
    public async Task A_render_writes_the_entry_and_its_copies_and_each_instance_reads_its_own_place()
    {
        var name = AzuriteFixture.NewContainerName();
        var writer = new BlobCacheStore(azurite.CreateContainerClient(name: name), Time, new BlobEntryCopies(4, "writer"));
        var entry = EntryBytes("b1/route/p", "v1");
        await writer.SetAsync("b1/route/p", entry, default);

        var container = azurite.CreateContainerClient(name: name);
        var blobs = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
            blobs.Add(blob.Name);
        Assert.Equal(["b1/route/p", "copies/1/b1/route/p", "copies/2/b1/route/p", "copies/3/b1/route/p"], blobs.Order());

        // Instances land on all four places, each reads one blob, and every place answers the same bytes.
        var readBy = new Dictionary<string, string>();
        for (var i = 0; readBy.Count < 4 && i < 200; i++)
        {
            var (store, counter) = CountedStore(name, new BlobEntryCopies(4, "instance-" + i));
            Assert.Equal(entry, await store.GetAsync("b1/route/p", CacheReadMode.Default, default));
            Assert.Single(counter.Paths);
            readBy.TryAdd(counter.Paths[0], "instance-" + i);
        }
        Assert.Equal(4, readBy.Count);
    }

    [Fact]
    public async Task An_authoritative_read_is_the_entry_and_a_missing_copy_reads_as_a_miss()
    {
        var name = AzuriteFixture.NewContainerName();
        var instance = Enumerable.Range(0, 200).Select(i => "instance-" + i).First(id => new BlobEntryCopies(4, id).ReadName("k") != "k");
        var copies = new BlobEntryCopies(4, instance);
        var (store, counter) = CountedStore(name, copies);
        var entry = EntryBytes("b1/route/p", "v1");
        await store.SetAsync("b1/route/p", entry, default);
        counter.Paths.Clear();

        Assert.Equal(entry, await store.GetAsync("b1/route/p", CacheReadMode.Authoritative, default));
        Assert.Equal(["b1/route/p"], counter.Paths);

        await azurite.CreateContainerClient(name: name).GetBlobClient(copies.ReadName("b1/route/p")).DeleteAsync();
        counter.Paths.Clear();
        Assert.Null(await store.GetAsync("b1/route/p", CacheReadMode.Shared, default)); // the engine's lock re-read finds the entry
        Assert.Equal([copies.ReadName("b1/route/p")], counter.Paths);
    }

    [Fact]
    public async Task A_copy_never_goes_back_to_an_older_generation_and_removing_the_entry_removes_its_copies()
    {
        var name = AzuriteFixture.NewContainerName();
        var store = new BlobCacheStore(azurite.CreateContainerClient(name: name), Time, new BlobEntryCopies(3, "w"));
        var newer = EntryBytes("b1/route/p", "v2", Time.GetUtcNow().AddSeconds(1));
        await store.SetAsync("b1/route/p", newer, default);
        await store.SetAsync("b1/route/p", EntryBytes("b1/route/p", "v1"), default); // a late write of an older render

        var container = azurite.CreateContainerClient(name: name);
        foreach (var blob in new[] { "b1/route/p", "copies/1/b1/route/p", "copies/2/b1/route/p" })
            Assert.Equal(newer, (await container.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToArray());

        await store.RemoveAsync("b1/route/p", default);
        await foreach (var left in container.GetBlobsAsync())
            Assert.Fail($"{left.Name} was left after the entry was removed");
    }

    private byte[] EntryBytes(string key, string body, DateTimeOffset? createdAt = null) =>
        CacheEntryFormatter.Serialize(key, new CacheEntry(createdAt ?? Time.GetUtcNow(), null, 200, [], [], "\"e\"", System.Text.Encoding.UTF8.GetBytes(body)));

    private (BlobCacheStore Store, RequestCounter Counter) CountedStore(string container, BlobEntryCopies copies)
    {
        var counter = new RequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return (new BlobCacheStore(new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(container), Time, copies), counter);
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        public int Requests;

        /// <summary>The blob path of each request (after the container), in order.</summary>
        public List<string> Paths { get; } = [];

        public override void OnSendingRequest(HttpMessage message)
        {
            Interlocked.Increment(ref Requests);
            var segments = message.Request.Uri.Path.TrimStart('/').Split('/', 3); // Azurite's path style: account, container, blob
            lock (Paths) Paths.Add(segments.Length == 3 ? Uri.UnescapeDataString(segments[2]) : "");
        }
    }
}
