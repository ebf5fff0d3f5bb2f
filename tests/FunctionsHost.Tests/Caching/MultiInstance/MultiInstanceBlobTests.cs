using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.MultiInstance;

/// <summary>
/// Three engines, each with its own BlobServiceClient and L1, sharing one Azurite container, with the blob store's
/// default copies of each entry (one place per instance here, as each instance's id picks its place).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class MultiInstanceBlobTests(AzuriteFixture azurite)
{
    private const int Instances = 3;
    private const int ConcurrentPerInstance = 8;
    private const string Path = "/api/isr";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly ShiftableTimeProvider _clock = new();
    private int _renders;

    private readonly string _container = AzuriteFixture.NewContainerName();

    // Instance ids whose places differ: the entry itself and two of its copies.
    private static readonly string[] InstanceIds = Enumerable.Range(0, 100).Select(i => "instance-" + i)
        .DistinctBy(id => new BlobEntryCopies(4, id).ReadName("k")).Take(Instances).ToArray();

    private (OutputCache Cache, BackgroundRegenerationTracker Tracker)[] CreateInstances()
    {
        return InstanceIds.Select(id =>
        {
            var blob = new BlobCacheStore(azurite.CreateContainerClient(azurite.CreateServiceClient(), _container), _clock, new BlobEntryCopies(4, id));
            var store = CacheTiers.Tiered(new MemoryCacheStore(8 << 20, _clock), blob);
            var tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
            var options = new OutputCacheOptions
            {
                BuildId = "multi",
                TagCheckInterval = TimeSpan.Zero,        // strict cross-instance invalidation for the tag test
                StoreTimeout = TimeSpan.FromSeconds(10), // a loaded CI box must not turn slowness into extra renders
                LockWait = TimeSpan.FromSeconds(20),
                LockPollInterval = TimeSpan.FromMilliseconds(25),
                InstanceId = id,
            };
            return (new OutputCache(store, options, tracker, _clock, NullLogger<OutputCache>.Instance), tracker);
        }).ToArray();
    }

    private async Task<CachedResponse> Render(CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _renders);
        await Task.Delay(30, ct); // simulated handler work, so concurrent requests really overlap
        return new CachedResponse(200, [new("content-type", "text/plain")], Encoding.UTF8.GetBytes($"gen{n}"));
    }


    [Fact]
    public async Task Concurrent_load_renders_once_per_revalidation_window_across_three_instances()
    {
        var instances = CreateInstances();
        async Task<CacheResult[]> Round(int perInstance)
        {
            var requests = instances.SelectMany(i => Enumerable.Range(0, perInstance)
                .Select(_ => Task.Run(() => i.Cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default))));
            var results = await Task.WhenAll(requests);
            await Task.WhenAll(instances.Select(i => i.Tracker.WhenIdleAsync()));
            return results;
        }

        for (var window = 1; window <= 4; window++)
        {
            if (window > 1)
            {
                _clock.Shift(Window + TimeSpan.FromSeconds(5)); // past the window and every instance's stale spread (at most 4 s)
            }

            var burst = await Round(ConcurrentPerInstance);
            Assert.Equal(window, Volatile.Read(ref _renders));
            Assert.All(burst, r => Assert.Equal(window == 1 ? CacheOutcome.Miss : CacheOutcome.Stale, r.Outcome));

            // Instances whose L1 still holds the previous generation refresh it from the blob, without rendering.
            await Round(1);
            var settled = await Round(1);
            Assert.All(settled, r => Assert.Equal((CacheOutcome.Hit, $"gen{window}"), (r.Outcome, Encoding.UTF8.GetString(r.Response.Body.Span))));
            Assert.Equal(window, Volatile.Read(ref _renders));
        }
    }

    [Fact]
    public async Task RevalidatePath_on_one_instance_makes_all_instances_serve_one_fresh_render()
    {
        var instances = CreateInstances();
        await instances[0].Cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default);
        foreach (var (cache, _) in instances)
        {
            Assert.Equal("gen1", Encoding.UTF8.GetString((await cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default)).Response.Body.Span));
        }

        await instances[1].Cache.RevalidatePathAsync(Path);
        var requests = instances.SelectMany(i => Enumerable.Range(0, ConcurrentPerInstance)
            .Select(_ => Task.Run(() => i.Cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default))));
        var results = await Task.WhenAll(requests);

        Assert.Equal(2, Volatile.Read(ref _renders));
        Assert.All(results, r => Assert.Equal((CacheOutcome.Miss, "gen2"), (r.Outcome, Encoding.UTF8.GetString(r.Response.Body.Span))));
    }

    [Fact]
    public async Task An_instance_whose_copy_is_missing_serves_the_entry_without_rendering()
    {
        var instances = CreateInstances();
        await instances[0].Cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default);
        var late = CreateInstances()[2]; // a new instance (cold L1) reading a copy whose write failed
        var copy = new BlobEntryCopies(4, InstanceIds[2]).ReadName(new CacheKeys("multi").Route(Path));
        Assert.StartsWith(BlobEntryCopies.Prefix, copy);
        await azurite.CreateContainerClient(name: _container).GetBlobClient(copy).DeleteAsync();

        var served = await late.Cache.GetOrRenderAsync(Path, new CachePolicy(Window), Render, default);

        Assert.Equal("gen1", Encoding.UTF8.GetString(served.Response.Body.Span));
        Assert.Equal(1, Volatile.Read(ref _renders));
    }
}
