using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.MultiInstance;

/// <summary>
/// Two engines on one Azurite container and one fake clock, each counting the requests its client makes for tag times:
/// one index read per tick, however many tags the instance serves (docs/caching.md, "Scale"; issue 25), and another
/// instance's revalidation seen at the next tick.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class TagIndexOnAzuriteTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly string _container = AzuriteFixture.NewContainerName();

    private (OutputCache Cache, TagRequests Requests) Instance(string id)
    {
        var requests = new TagRequests();
        var clientOptions = new BlobClientOptions();
        clientOptions.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var blob = new BlobCacheStore(new BlobServiceClient(azurite.ConnectionString, clientOptions).GetBlobContainerClient(_container), _time);
        // RevalidationSpread 0: another instance's revalidation is rendered at once, which is what this test looks for.
        var options = new OutputCacheOptions { BuildId = "index", InstanceId = id, StoreTimeout = TimeSpan.FromSeconds(10), RevalidationSpread = TimeSpan.Zero };
        var tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
        var cache = new OutputCache(CacheTiers.Tiered(new MemoryCacheStore(8 << 20, _time), blob), options, tracker, _time, NullLogger<OutputCache>.Instance);
        return (cache, requests);
    }

    private static Func<CancellationToken, Task<CachedResponse>> Body(string body, params string[] tags) =>
        _ => Task.FromResult(CacheHarness.Ok(body) with { Tags = tags });

    [Fact]
    public async Task An_instance_reads_one_index_per_tick_whatever_its_tags_and_sees_another_instances_revalidation_at_the_next()
    {
        var (a, b) = (Instance("a"), Instance("b"));
        string[] paths = ["/api/one", "/api/two", "/api/three"];
        for (var i = 0; i < paths.Length; i++)
            await a.Cache.GetOrRenderAsync(paths[i], CachePolicy.Forever, Body($"{paths[i]} v1", $"tag-{i}-x", $"tag-{i}-y", "shared"), default);
        await b.Cache.RevalidateTagAsync("unrelated"); // the index exists, so a's reads below are real reads of it

        _time.Advance(TimeSpan.FromSeconds(1));
        a.Requests.Count = 0;
        for (var round = 0; round < 3; round++)
            foreach (var path in paths)
                Assert.Equal(CacheOutcome.Hit, (await a.Cache.GetOrRenderAsync(path, CachePolicy.Forever, Body("never"), default)).Outcome);
        Assert.Equal(1, a.Requests.Count); // 9 tags (3 routes × 2 own + the shared one, checked 9 times): one index read

        await b.Cache.RevalidateTagAsync("tag-1-y");
        _time.Advance(TimeSpan.FromSeconds(1));
        a.Requests.Count = 0;
        var two = await a.Cache.GetOrRenderAsync("/api/two", CachePolicy.Forever, Body("/api/two v2"), default);
        var one = await a.Cache.GetOrRenderAsync("/api/one", CachePolicy.Forever, Body("never"), default);

        Assert.Equal("/api/two v2", CacheHarness.Body(two));
        Assert.Equal((CacheOutcome.Hit, "/api/one v1"), (one.Outcome, CacheHarness.Body(one)));
        Assert.Equal(1, a.Requests.Count);
    }

    // Requests for tag times only (tags/…): entry reads and writes are not what this test is about.
    private sealed class TagRequests : HttpPipelineSynchronousPolicy
    {
        public int Count;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Path.Contains("/tags/", StringComparison.Ordinal))
                Interlocked.Increment(ref Count);
        }
    }
}
