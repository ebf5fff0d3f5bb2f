using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Nextfunc.Caching.AzureBlobs;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// One simulated Flex Consumption instance: the real engine (<see cref="OutputCache"/> over a <see cref="BlobCacheStore"/>
/// with its own L1), its own BlobServiceClient, its own clock (a few ms off the others, as real machines are) and its
/// own render counter. Every instance of a run shares one Azurite container, as every instance of an app shares one
/// storage account.
/// </summary>
internal sealed class SimInstance
{
    public SimInstance(int id, string connectionString, string container, string buildId, StoreRequestCounter counter, Random random, int entryCopies)
    {
        Id = id;
        Clock = new SkewedClock(TimeSpan.FromMilliseconds(random.Next(-20, 21)));
        // The provider's settings (BlobCacheStoreProvider): one retry, the store timeout as network timeout.
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var blob = new BlobCacheStore(
            new BlobServiceClient(connectionString, options).GetBlobContainerClient(container), Clock, new BlobEntryCopies(entryCopies, $"sim-{id}"));
        Tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
        var engine = new OutputCacheOptions
        {
            BuildId = buildId,
            // A 2-core machine running hundreds of engines and Azurite answers slower than Azure: the production 1 s
            // would turn the simulation's own slowness into outages (stale-if-error, uncached renders) and hide the
            // coordination this measures.
            StoreTimeout = TimeSpan.FromSeconds(10),
            InstanceId = $"sim-{id}",
        };
        Cache = new OutputCache(CacheTiers.Tiered(new MemoryCacheStore(8 << 20, Clock), blob), engine, Tracker, Clock, Logger);
    }

    public int Id { get; }

    public SkewedClock Clock { get; }

    public OutputCache Cache { get; }

    public BackgroundRegenerationTracker Tracker { get; }

    public WarningCounter<OutputCache> Logger { get; } = new();
}
