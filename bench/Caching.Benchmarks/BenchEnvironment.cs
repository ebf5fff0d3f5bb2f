using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Tests.Caching.Azurite;

namespace Nextfunc.Caching.Benchmarks;

/// <summary>Builds output caches over one Azurite: with an L1, blob-only, and several "instances".</summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;
    private readonly string _container = "bench" + Guid.NewGuid().ToString("N");

    private BenchEnvironment(AzuriteProcess azurite) => _azurite = azurite;

    public static async Task<BenchEnvironment> StartAsync() => new(await AzuriteProcess.StartAsync(TimeSpan.FromSeconds(60)));

    public static Func<CancellationToken, Task<CachedResponse>> Render { get; } =
        _ => Task.FromResult(new CachedResponse(200, [new("content-type", "application/json")], new byte[2048]));

    /// <summary>An engine with its own BlobServiceClient, as a separate instance would have.</summary>
    public OutputCache CreateCache(bool withL1, out BackgroundRegenerationTracker tracker, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var blob = new BlobCacheStore(new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient(_container), time);
        var store = withL1 ? CacheTiers.Tiered(new MemoryCacheStore(64 << 20, time), blob) : CacheTiers.SharedOnly(blob);
        tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
        var options = new OutputCacheOptions { BuildId = "bench", StoreTimeout = TimeSpan.FromSeconds(10), LockPollInterval = TimeSpan.FromMilliseconds(20) };
        return new OutputCache(store, options, tracker, time, NullLogger<OutputCache>.Instance);
    }

    public ValueTask DisposeAsync()
    {
        _azurite.Dispose();
        return ValueTask.CompletedTask;
    }
}
