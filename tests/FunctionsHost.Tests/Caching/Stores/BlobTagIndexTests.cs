using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Tests.Caching.Azurite;

namespace Nextfunc.Tests.Caching.Stores;

/// <summary>
/// The blob store's tag index (docs/caching.md, "Scale"; issue 25): every tag time of a build in one blob and its
/// copies, read with If-None-Match, written with If-Match so concurrent revalidations all land.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class BlobTagIndexTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_tag_time_is_written_to_every_copy_and_each_read_takes_the_next_copy()
    {
        var container = azurite.CreateContainerClient();
        var store = new BlobCacheStore(container, TimeProvider.System);
        await store.MarkTagRevalidatedAsync("b1:products", At, default);
        await store.MarkTagRevalidatedAsync("b2:products", At.AddHours(1), default);

        var blobs = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, "tags/", default))
            blobs.Add(blob.Name);
        Assert.Equal(2 * BlobTagIndex.Replicas, blobs.Count); // one index per build, not one blob per tag
        for (var i = 0; i < BlobTagIndex.Replicas; i++)
        {
            Assert.Equal(At, await store.GetTagRevalidatedAtAsync("b1:products", default));
            Assert.Equal(At, (await store.GetTagIndexAsync("b1", default))!["b1:products"]);
        }

        // A copy that missed the write (a fault between two uploads) is one read in eight, not an instance's every read.
        await container.DeleteBlobAsync(BlobTagIndex.BlobName("b1", 3));
        var reads = new List<DateTimeOffset?>();
        for (var i = 0; i < BlobTagIndex.Replicas; i++)
            reads.Add(await store.GetTagRevalidatedAtAsync("b1:products", default));
        Assert.Single(reads, r => r is null);
    }

    [Fact]
    public async Task Instances_revalidating_different_tags_at_once_lose_none_of_them()
    {
        var name = AzuriteFixture.NewContainerName();
        await azurite.CreateContainerClient(name: name).CreateAsync();
        var writers = Enumerable.Range(0, 6).Select(_ => new BlobCacheStore(azurite.CreateContainerClient(azurite.CreateServiceClient(), name), TimeProvider.System)).ToArray();

        await Task.WhenAll(writers.SelectMany((w, i) => Enumerable.Range(0, 3).Select(j => w.MarkTagRevalidatedAsync($"b1:tag-{i}-{j}", At.AddSeconds(i + j), default).AsTask())));

        var reader = new BlobCacheStore(azurite.CreateContainerClient(name: name), TimeProvider.System);
        for (var copy = 0; copy < BlobTagIndex.Replicas; copy++)
        {
            var index = (await reader.GetTagIndexAsync("b1", default))!;
            Assert.Equal(18, index.Count);
            Assert.Equal(At.AddSeconds(5 + 2), index["b1:tag-5-2"]);
        }
    }

    [Fact]
    public async Task A_later_time_wins_and_an_earlier_one_arriving_late_does_not_move_it_back()
    {
        var store = new BlobCacheStore(azurite.CreateContainerClient(), TimeProvider.System);
        await store.MarkTagRevalidatedAsync("b1:products", At.AddMinutes(1), default);
        await store.MarkTagRevalidatedAsync("b1:products", At, default);

        for (var i = 0; i < BlobTagIndex.Replicas; i++)
            Assert.Equal(At.AddMinutes(1), await store.GetTagRevalidatedAtAsync("b1:products", default));
    }

    [Fact]
    public async Task An_unchanged_index_is_answered_with_304_and_a_changed_one_with_its_new_body()
    {
        var statuses = new StatusRecorder();
        var options = new BlobClientOptions();
        options.AddPolicy(statuses, HttpPipelinePosition.PerRetry);
        var name = AzuriteFixture.NewContainerName();
        var writer = new BlobCacheStore(azurite.CreateContainerClient(name: name), TimeProvider.System);
        var reader = new BlobCacheStore(new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(name), TimeProvider.System);
        await writer.MarkTagRevalidatedAsync("b1:products", At, default);

        for (var i = 0; i < BlobTagIndex.Replicas; i++)
            await reader.GetTagIndexAsync("b1", default); // each copy read once, with its body
        statuses.Clear();
        for (var i = 0; i < BlobTagIndex.Replicas; i++)
            Assert.Equal(At, (await reader.GetTagIndexAsync("b1", default))!["b1:products"]);
        Assert.Equal(Enumerable.Repeat(304, BlobTagIndex.Replicas), statuses.Codes);

        await writer.MarkTagRevalidatedAsync("b1:orders", At.AddSeconds(1), default);
        statuses.Clear();
        var next = (await reader.GetTagIndexAsync("b1", default))!;
        Assert.Equal([200], statuses.Codes);
        Assert.Equal((At, At.AddSeconds(1)), (next["b1:products"], next["b1:orders"]));
    }

    private sealed class StatusRecorder : HttpPipelineSynchronousPolicy
    {
        private readonly List<int> _codes = [];

        public int[] Codes { get { lock (_codes) return [.. _codes]; } }

        public void Clear() { lock (_codes) _codes.Clear(); }

        public override void OnReceivedResponse(HttpMessage message) { lock (_codes) _codes.Add(message.Response.Status); }
    }
}
