using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// One app process for a whole test class, started as a user starts it (<c>dotnet App.dll --urls …</c>,
/// real Kestrel) with a cache folder of its own, and the checks the corpus runs against it.
/// </summary>
public abstract class HostileApp(Func<string> dll, HostileTarget target) : IAsyncLifetime
{
    private string _cacheFolder = "";

    /// <summary>The running app.</summary>
    public AppUnderTest App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cacheFolder = Directory.CreateTempSubdirectory("sls-hostile-cache-").FullName;
        App = await AppUnderTest.StartProcessAsync(dll(), new Dictionary<string, string> { ["Nextfunc__Cache__Path"] = _cacheFolder });
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        try { Directory.Delete(_cacheFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Sends raw <paramref name="bytes"/> to the app.</summary>
    public Task<RawExchange> SendAsync(byte[] bytes) => RawHttp.SendAsync(App.BaseAddress, bytes);

    /// <summary>Sends raw <paramref name="bytes"/> and returns the answer; fails when there is no well-formed one.</summary>
    public async Task<RawResponse> AnswerAsync(byte[] bytes)
    {
        var exchange = await SendAsync(bytes);
        return exchange.Response ?? throw new Xunit.Sdk.XunitException($"no answer to\n{RawRequest.Show(bytes)}\n{exchange.Describe()}");
    }

    /// <summary>Sends corpus request <paramref name="id"/> and applies <see cref="HostileRules"/>; the process must survive it.</summary>
    public async Task AssertAnswerAsync(string id)
    {
        var request = HostileCorpus.For(target)[id];
        var exchange = await RawHttp.SendAsync(App.BaseAddress, request);
        HostileRules.Check(request, exchange);
        AssertRunning();
    }

    /// <summary>After the corpus: the process is up, a normal request answers 200 and cached routes still serve their bodies.</summary>
    public async Task AssertHealthyAsync()
    {
        AssertRunning();
        foreach (var path in target.CachedRoutes.Prepend(target.HealthPath))
        {
            var exchange = await SendAsync(RawRequest.Get(path));
            Assert.True(exchange.Response is { Status: 200, Body.Length: > 0 }, $"GET {path} after the corpus: {exchange.Describe()}");
        }
    }

    private void AssertRunning()
    {
        if (!App.HasExited) return;
        var output = App.Output; // read once: the app's output can grow between two reads
        Assert.Fail($"the app exited; its output:\n{output[Math.Max(0, output.Length - 4000)..]}");
    }
}
