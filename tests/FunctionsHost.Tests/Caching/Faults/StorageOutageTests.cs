using Azure.Storage.Blobs.Models;
using Nextfunc.Caching;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Processes;
using Nextfunc.Tests.Shared.Apps;
using Xunit.Abstractions;

namespace Nextfunc.Tests.Caching.Faults;

/// <summary>
/// Three conformance-app processes on one Azurite under client load; Azurite is stopped mid-run (SIGTERM: connections
/// cut, port refused, data kept as a real storage service keeps it) and restarted 4 s later on the same port and
/// folder. Its own Azurite (not the shared fixture): stopping that would fail other tests.
/// </summary>
[Trait("Category", "Functional")]
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Paths = ["/api/static", "/api/revalidate3", "/api/dynamic-default"];
    private const string FirstRequestedInOutage = "/api/static-with-post";
    private AzuriteProcess _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(TimeSpan.FromSeconds(60), persistOnDisk: true);

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string?> IdAsync(HttpClient client, AppUnderTest host, string path) =>
        LoadRun.Parse(await client.GetStringAsync(new Uri(host.BaseAddress, path))).Id;

    [Fact]
    public async Task Killing_storage_under_load_fails_no_request_serves_L1_meanwhile_and_the_cache_is_used_again_once_it_is_back()
    {
        // A pass-through proxy in front of Azurite shows when the instances use the store again after the outage.
        await using var proxy = HoldingProxy.Start(_azurite.Port);
        var settings = ConformanceHosts.OnBlob(AzuriteProcess.ConnectionStringFor(proxy.Port), "outage");
        // The outage is refused connections, not slowness (SlowStorageTests covers the 1 s default). With the default,
        // a loaded CI machine adds outages of its own (Azurite answering in over 1 s), each with its warning.
        settings["Nextfunc__Cache__StoreTimeoutSeconds"] = "5";
        var hosts = await ConformanceHosts.StartAsync(3, settings);
        try
        {
            var load = new LoadRun();
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(hosts, Paths, workers: 6, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(3)); // warm: every instance holds /api/static in its L1
            var recoveriesBefore = hosts.Select(h => ConformanceHosts.Logged(h, 4104)).ToArray();
            var killedAt = load.Elapsed;
            _azurite.Stop();
            var downAt = load.Elapsed;
            using var client = new HttpClient();
            // First requested while storage is down: each instance renders its own copy and keeps it in L1.
            var renderedDuringOutage = await Task.WhenAll(hosts.Select(h => IdAsync(client, h, FirstRequestedInOutage)));
            await Task.Delay(TimeSpan.FromSeconds(4));
            var restartAt = load.Elapsed;
            await _azurite.RestartAsync(TimeSpan.FromSeconds(60));
            var backAt = load.Elapsed;
            output.WriteLine($"stop took {(downAt - killedAt).TotalSeconds:0.00} s, restart {(backAt - restartAt).TotalSeconds:0.00} s");

            // "Used again": Azurite answers a store call again (through the proxy); each instance then also logs 4104
            // once a call of the kind that failed (read or write) succeeds, for a write at its next render.
            var answersAtRestart = proxy.Answers;
            TimeSpan? usedAgain = null;
            var recovered = new TimeSpan?[hosts.Length];
            while (load.Elapsed < backAt + TimeSpan.FromSeconds(10) && (usedAgain is null || recovered.Any(r => r is null)))
            {
                usedAgain ??= proxy.Answers > answersAtRestart ? load.Elapsed - backAt : null;
                for (var i = 0; i < hosts.Length; i++)
                    if (recovered[i] is null && ConformanceHosts.Logged(hosts[i], 4104) > recoveriesBefore[i])
                        recovered[i] = load.Elapsed - backAt;
                await Task.Delay(20); // polling, not a timing assertion
            }

            // Not lost: once storage is back, the instances share those renders and converge on one stored version.
            string?[] converged = [];
            // Up to 20 s: on a loaded machine store calls can keep timing out (1 s) for a while after the restart,
            // and each timeout pauses the store for 2 s; a quiet machine converges at the first store call.
            for (var i = 0; i < 200 && converged.Distinct().Count() != 1; i++)
            {
                converged = await Task.WhenAll(hosts.Select(h => IdAsync(client, h, FirstRequestedInOutage)));
                await Task.Delay(100); // polling until the instances agree, not a timing assertion
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // and some load on the recovered store
            await stop.CancelAsync();
            await running;
            var answers = load.Answers;
            output.WriteLine($"{answers.Count} requests, {answers.Count(a => a.Failed)} failed; storage down {killedAt:s\\.f}-{backAt:s\\.f} s; " +
                $"store used again after {usedAgain?.TotalSeconds:0.00} s, 4104 logged after {string.Join(", ", recovered.Select(r => r?.TotalSeconds.ToString("0.00") ?? "never"))} s; " +
                $"store warnings per instance {string.Join(", ", hosts.Select(ConformanceHosts.StoreWarnings))}; slowest answer {answers.Max(a => a.Took).TotalSeconds:0.00} s; " +
                $"force-static ids during the outage {answers.Where(a => a.Path == "/api/static" && a.At > killedAt && a.At < backAt).Select(a => a.Id).Distinct().Count()}, " +
                $"revalidate3 renders {answers.Where(a => a.Path == "/api/revalidate3").Select(a => a.Id).Distinct().Count()}; " +
                $"rendered during the outage {renderedDuringOutage.Distinct().Count()} versions, after recovery {converged.Distinct().Count()}");

            Assert.DoesNotContain(answers, a => a.Failed);
            Assert.True(answers.Count > 300, $"only {answers.Count} answers");
            Assert.True(usedAgain < TimeSpan.FromSeconds(5), $"the store was used again {usedAgain?.ToString() ?? "never"} after it was back");
            Assert.All(recovered, (r, i) => Assert.True(r is not null, $"host {i} never logged that the store answers again"));
            // One warning per instance for the outage, not one per request (a second one is allowed for a failure of
            // the other kind, read or write, while it recovers).
            Assert.All(hosts, h => Assert.InRange(ConformanceHosts.StoreWarnings(h), 1, 2));

            // Dynamic routes never touch the cache: every answer is its own render, through the outage too.
            var dynamic = answers.Where(a => a.Path == "/api/dynamic-default").ToArray();
            Assert.Equal(dynamic.Length, dynamic.Select(a => a.Id).Distinct().Count());

            // Stale-if-error: while storage was down, each instance kept serving the force-static body its L1 held.
            // (Per instance: on a loaded machine a cold start can outlast the 1 s store timeout, and then each
            // instance renders its own first copy by design.)
            for (var i = 0; i < hosts.Length; i++)
            {
                var beforeOutage = answers.Last(a => a.Host == i && a.Path == "/api/static" && a.At < killedAt).Id;
                var duringOutage = answers.Where(a => a.Host == i && a.Path == "/api/static" && a.At > killedAt && a.At < backAt).ToArray();
                Assert.NotEmpty(duringOutage);
                Assert.All(duringOutage, a => Assert.Equal(beforeOutage, a.Id));
            }

            // Nothing torn or lost: every stored entry is intact and holds a body clients were served.
            var served = answers.Select(a => a.Id).Concat(renderedDuringOutage).ToHashSet();
            var container = new Azure.Storage.Blobs.BlobContainerClient(_azurite.ConnectionString, settings["Nextfunc__Cache__Container"]);
            var entries = 0;
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, settings["Nextfunc__BuildId"] + "/route/", default))
            {
                var bytes = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray();
                Assert.True(CacheEntryFormatter.TryDeserialize(bytes, item.Name, out var entry, out var error), error);
                Assert.Contains(LoadRun.Parse(System.Text.Encoding.UTF8.GetString(entry!.Body.Span)).Id, served);
                entries++;
            }

            var cacheLog = string.Join("\n", hosts.SelectMany((h, i) => h.Output.Split('\n').Where(l => l.Contains("[41", StringComparison.Ordinal)).Select(l => $"host {i}: {l}")));
            Assert.True(entries == 3, $"{entries} entries stored; cache log:\n{cacheLog}"); // /api/static, /api/revalidate3 and the route first requested during the outage

            Assert.Single(converged.Distinct());
            Assert.Contains(converged[0], renderedDuringOutage);
        }
        finally
        {
            await ConformanceHosts.StopAsync(hosts);
        }
    }
}
