using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Processes;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Caching.Faults;

/// <summary>
/// Real entries in a real Azurite container, overwritten the ways storage gets damaged or mixed up: garbage, a
/// truncated copy, the entry of another route and the entry of another build. The app process detects each (4105,
/// with the reason), renders afresh, overwrites the blob, and never serves the bad bytes.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class CorruptEntryTests(AzuriteFixture azurite)
{
    public enum Damage { Garbage, Truncated, AnotherRoute, AnotherBuild }

    [Fact]
    public async Task Every_damaged_entry_is_detected_logged_regenerated_and_never_served()
    {
        var settings = ConformanceHosts.OnBlob(azurite.ConnectionString, "corrupt");
        // No L1: every request reads the blob, so what the test writes there is what the app reads next.
        settings["Nextfunc__Cache__MemoryLimitMB"] = "0";
        settings["Nextfunc__Cache__EntryCopies"] = "1"; // and the entry is its only place (copies are read as entries are: BlobCacheStoreTests)
        var other = new Dictionary<string, string>(settings) { ["Nextfunc__BuildId"] = settings["Nextfunc__BuildId"] + "-next" };
        var hosts = await Task.WhenAll(AppUnderTest.StartProcessAsync(ConformanceHosts.AppDll, settings), AppUnderTest.StartProcessAsync(ConformanceHosts.AppDll, other));
        var (app, nextBuild) = (hosts[0], hosts[1]);
        try
        {
            using var client = new HttpClient();
            var container = azurite.CreateContainerClient(name: settings["Nextfunc__Cache__Container"]);
            var seen = new HashSet<string>();
            var staticBody = await GetAsync(client, app, "/api/static", seen);
            var revalidateBody = await GetAsync(client, app, "/api/revalidate3", seen);
            var nextBuildBody = await GetAsync(client, nextBuild, "/api/static", seen);
            var staticBlob = await FindEntryAsync(container, settings["Nextfunc__BuildId"], staticBody);

            var reasons = new Dictionary<Damage, string>();
            foreach (var damage in Enum.GetValues<Damage>())
            {
                var current = (await staticBlob.DownloadContentAsync()).Value.Content.ToArray();
                byte[] bad = damage switch
                {
                    Damage.Garbage => Encoding.UTF8.GetBytes("{\"kind\":\"force-static\",\"r\":\"forged\",\"t\":0}"),
                    Damage.Truncated => current[..(current.Length / 2)],
                    Damage.AnotherRoute => await ReadAsync(await FindEntryAsync(container, settings["Nextfunc__BuildId"], revalidateBody)),
                    _ => await ReadAsync(await FindEntryAsync(container, other["Nextfunc__BuildId"], nextBuildBody)),
                };
                await staticBlob.UploadAsync(new BinaryData(bad), overwrite: true);
                var warningsBefore = ConformanceHosts.Logged(app, 4105);

                var served = await GetAsync(client, app, "/api/static", seen: null);
                var (kind, id, _) = LoadRun.Parse(served);
                Assert.Equal("force-static", kind);
                Assert.True(seen.Add(id!), $"{damage}: served a body seen before ({served}) instead of a fresh render");
                // Logged by the request's read and again by the re-read under the render lock; not more.
                Assert.InRange(ConformanceHosts.Logged(app, 4105) - warningsBefore, 1, 2);
                reasons[damage] = app.Output.Split('\n').Last(l => l.Contains("[4105]", StringComparison.Ordinal));

                // Regenerated and overwritten: the next request is served from the repaired blob.
                Assert.Equal(served, await GetAsync(client, app, "/api/static", seen: null));
            }

            Assert.Contains("missing header", reasons[Damage.Garbage]);
            Assert.Contains("checksum", reasons[Damage.Truncated]);
            Assert.Contains("copied or misplaced", reasons[Damage.AnotherRoute]);
            Assert.Contains($"build '{other["Nextfunc__BuildId"]}'", reasons[Damage.AnotherBuild]);
        }
        finally
        {
            await ConformanceHosts.StopAsync(hosts);
        }
    }

    private static async Task<string> GetAsync(HttpClient client, AppUnderTest host, string path, HashSet<string>? seen)
    {
        using var response = await client.GetAsync(new Uri(host.BaseAddress, path));
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        seen?.Add(LoadRun.Parse(body).Id ?? body);
        return body;
    }

    /// <summary>The route entry of <paramref name="buildId"/> whose stored bytes contain <paramref name="body"/>.</summary>
    private static async Task<BlobClient> FindEntryAsync(BlobContainerClient container, string buildId, string body)
    {
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, buildId + "/route/", default))
        {
            var blob = container.GetBlobClient(item.Name);
            if (Encoding.UTF8.GetString(await ReadAsync(blob)).Contains(body, StringComparison.Ordinal))
                return blob;
        }

        throw new InvalidOperationException($"no entry of build {buildId} holds {body}");
    }

    private static async Task<byte[]> ReadAsync(BlobClient blob) => (await blob.DownloadContentAsync()).Value.Content.ToArray();
}
