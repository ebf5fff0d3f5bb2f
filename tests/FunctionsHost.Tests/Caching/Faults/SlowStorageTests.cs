using System.Diagnostics;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Processes;
using Nextfunc.Tests.Shared.Apps;
using Xunit.Abstractions;

namespace Nextfunc.Tests.Caching.Faults;

/// <summary>
/// Storage that answers late: a <see cref="HoldingProxy"/> between the cache and a real Azurite holds the bytes.
/// A request never waits on the store longer than <c>StoreTimeoutSeconds</c>, and a write that lands after its
/// caller gave up does not replace what another instance rendered meanwhile.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class SlowStorageTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan Held = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task A_store_that_holds_every_call_delays_no_request_beyond_the_store_timeout_and_warns_once()
    {
        await using var proxy = HoldingProxy.Start(azurite.Port);
        var settings = ConformanceHosts.OnBlob(AzuriteProcess.ConnectionStringFor(proxy.Port), "slow");
        // Short cooldown: the store is retried (and times out again) several times within this short test.
        settings["Nextfunc__Cache__FailureCooldownSeconds"] = "1";
        var hosts = await ConformanceHosts.StartAsync(1, settings);
        try
        {
            var load = new LoadRun();
            using (var warm = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
                await load.RunAsync(hosts, ["/api/static", "/api/revalidate3", "/api/dynamic-default"], workers: 1, warm.Token);
            var warmed = load.Answers.Count;

            proxy.Hold = Held;
            using (var slow = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
                await load.RunAsync(hosts, ["/api/static", "/api/revalidate3", "/api/tagged", "/api/dynamic-default"], workers: 3, slow.Token);
            var during = load.Answers.Skip(warmed).ToArray();

            output.WriteLine($"{during.Length} requests while the store held every call {Held.TotalSeconds} s, {during.Count(a => a.Failed)} failed, " +
                $"slowest {during.Max(a => a.Took).TotalSeconds:0.00} s, store warnings {ConformanceHosts.StoreWarnings(hosts[0])}");
            Assert.DoesNotContain(during, a => a.Failed);
            // Bound: StoreTimeoutSeconds (default 1 s), with margin for a loaded machine; far below the 8 s the store holds.
            var slowest = during.Max(a => a.Took);
            Assert.True(slowest < TimeSpan.FromSeconds(4), $"slowest request took {slowest}");
            Assert.True(during.Length > 20, $"only {during.Length} requests completed while the store was slow");
            // force-static rendered before the store slowed down stays served from this instance's L1.
            Assert.Single(during.Where(a => a.Path == "/api/static").Select(a => a.Id).Distinct());
            Assert.True(ConformanceHosts.StoreWarnings(hosts[0]) == 1, hosts[0].Output);

            proxy.Hold = TimeSpan.Zero;
            var recovered = await PollAsync(() => ConformanceHosts.Logged(hosts[0], 4104) > 0, hosts, load);
            Assert.True(recovered, "the store was not used again after it answered promptly");
        }
        finally
        {
            await ConformanceHosts.StopAsync(hosts);
        }
    }

    [Fact]
    public async Task A_write_that_lands_after_its_caller_gave_up_does_not_replace_a_newer_entry()
    {
        const string path = "/api/late";
        var container = AzuriteFixture.NewContainerName();
        await using var proxy = HoldingProxy.Start(azurite.Port);
        var slow = Engine(new BlobServiceClient(AzuriteProcess.ConnectionStringFor(proxy.Port)).GetBlobContainerClient(container));
        var fast = Engine(azurite.CreateContainerClient(name: container));
        var key = fast.Core.Keys.Route(path);
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) =>
            Task.FromResult(new CachedResponse(200, [new("content-type", "text/plain")], Encoding.UTF8.GetBytes($"gen{Interlocked.Increment(ref renders)}")));

        await fast.GetOrRenderAsync(path, CachePolicy.Forever, Render, default);          // gen1 in the blob
        await fast.RevalidatePathAsync(path);
        // Hold only the upload of this entry (not its lock, not the read before it): the write is what arrives late.
        var entryUpload = Encoding.ASCII.GetBytes($"PUT /devstoreaccount1/{container}/{key} ");
        proxy.HoldWhen = chunk => chunk.Span.StartsWith(entryUpload);
        proxy.Hold = TimeSpan.FromSeconds(3);

        var started = Stopwatch.StartNew();
        var slowResult = await slow.GetOrRenderAsync(path, CachePolicy.Forever, Render, default); // gen2, its upload held
        Assert.Equal("gen2", Encoding.UTF8.GetString(slowResult.Response.Body.Span));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2.5), $"the slow instance's request took {started.Elapsed}");

        await fast.RevalidatePathAsync(path);
        await fast.GetOrRenderAsync(path, CachePolicy.Forever, Render, default);          // gen3, newer, written at once
        for (var i = 0; i < 100 && proxy.LateDeliveries == 0; i++)
            await Task.Delay(100); // waiting for the held upload to be delivered, not a timing assertion
        Assert.Equal(1, proxy.LateDeliveries);
        await Task.Delay(500); // let Azurite answer the late upload (it is refused with 412, or, unprotected, stored)

        var stored = (await azurite.CreateContainerClient(name: container).GetBlobClient(key).DownloadContentAsync()).Value.Content.ToArray();
        Assert.True(CacheEntryFormatter.TryDeserialize(stored, key, out var entry, out var error), error);
        Assert.Equal("gen3", Encoding.UTF8.GetString(entry!.Body.Span));
    }

    private static OutputCache Engine(BlobContainerClient container) => new(
        CacheTiers.SharedOnly(new BlobCacheStore(container, TimeProvider.System)),
        // No cooldown: after the held write times out, the next call is tried at once. No L1: every read hits the blob.
        new OutputCacheOptions { BuildId = "late", StoreTimeout = TimeSpan.FromSeconds(0.5), FailureCooldown = TimeSpan.Zero },
        new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance),
        TimeProvider.System,
        NullLogger<OutputCache>.Instance);

    /// <summary>Keeps a light load on the hosts (so the store gets called) until <paramref name="done"/> or 10 s.</summary>
    private static async Task<bool> PollAsync(Func<bool> done, AppUnderTest[] hosts, LoadRun load)
    {
        for (var i = 0; i < 20 && !done(); i++)
        {
            using var step = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await load.RunAsync(hosts, ["/api/revalidate3", "/api/tagged"], workers: 1, step.Token);
        }

        return done();
    }
}
