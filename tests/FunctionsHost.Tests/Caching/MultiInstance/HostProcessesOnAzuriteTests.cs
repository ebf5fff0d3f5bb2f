using System.Text.Json;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Caching.Processes;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Caching.MultiInstance;

/// <summary>
/// Three host processes of the conformance app on one Azurite: under concurrent load every instance
/// serves the same bytes, and the handler runs once per revalidation (each render has a random id,
/// so distinct bodies count renders that reached a client).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class HostProcessesOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ThreeInstances_ConcurrentColdMissesAndARevalidatePath_RenderOncePerWindow()
    {
        var settings = ConformanceHosts.OnBlob(azurite.ConnectionString, "multi");
        // A loaded CI machine can make Azurite answer slower than the 1 s default store timeout; a timed-out call
        // renders without coordination by design, which would count as a second render here.
        settings["Nextfunc__Cache__StoreTimeoutSeconds"] = "10";
        // Rendered at once on every instance, so the burst after the revalidation is one render (the revalidation spread,
        // which serves each instance's copy a little longer, has its own tests: ScaleCoordinationTests, ScaleOutTests).
        settings["Nextfunc__Cache__RevalidationSpreadSeconds"] = "0";
        var hosts = await ConformanceHosts.StartAsync(3, settings);
        try
        {
            using var client = new HttpClient();

            var cold = await Burst(client, hosts, "/api/static", perInstance: 12);
            Assert.Single(cold.Distinct());

            var revalidate = await client.PostAsync(new Uri(hosts[0].BaseAddress, "/api/revalidate?path=/api/static"), null);
            Assert.True(revalidate.IsSuccessStatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1.5)); // other instances re-read tag times at most every TagCheckIntervalSeconds (1 s)

            var after = await Burst(client, hosts, "/api/static", perInstance: 12);
            Assert.Single(after.Distinct());
            Assert.DoesNotContain(after[0], cold);
        }
        finally
        {
            await ConformanceHosts.StopAsync(hosts);
        }
    }

    private static async Task<string[]> Burst(HttpClient client, AppUnderTest[] hosts, string path, int perInstance)
    {
        var requests = hosts.SelectMany(h => Enumerable.Range(0, perInstance).Select(async _ =>
        {
            var body = await client.GetStringAsync(new Uri(h.BaseAddress, path));
            return JsonDocument.Parse(body).RootElement.GetProperty("r").GetString()!;
        }));
        return await Task.WhenAll(requests);
    }
}
