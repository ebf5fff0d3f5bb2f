using System.Reflection;
using System.Text.RegularExpressions;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Caching.Processes;

/// <summary>
/// Conformance-app processes (tests/ConformanceApp, built with this project) sharing one cache: their settings,
/// start and stop, and what their console log says (event ids as <c>[4101]</c>).
/// </summary>
internal static class ConformanceHosts
{
    public static string AppDll { get; } = typeof(ConformanceHosts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ConformanceApp").Value!;

    /// <summary>Settings for hosts on the blob store at <paramref name="connectionString"/>: a new container and build id.</summary>
    public static Dictionary<string, string> OnBlob(string connectionString, string purpose) => new()
    {
        ["Nextfunc__Cache__ConnectionString"] = connectionString,
        ["Nextfunc__Cache__Container"] = AzuriteFixture.NewContainerName(),
        ["Nextfunc__BuildId"] = purpose + "-" + Guid.NewGuid().ToString("N")[..12],
    };

    public static Task<AppUnderTest[]> StartAsync(int count, IReadOnlyDictionary<string, string> settings) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => AppUnderTest.StartProcessAsync(AppDll, settings)));

    public static async Task StopAsync(IEnumerable<AppUnderTest> hosts)
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>How many times the host logged event <paramref name="eventId"/> (console format <c>warn: Category[4101]</c>).</summary>
    public static int Logged(AppUnderTest host, int eventId) => Regex.Matches(host.Output, $@"\[{eventId}\]").Count;

    /// <summary>Store warnings: a call failed (4102) or timed out (4101); one per outage is the contract.</summary>
    public static int StoreWarnings(AppUnderTest host) => Logged(host, 4101) + Logged(host, 4102);
}
