using Nextfunc.WorkerHost.Tests.Harness;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// One of the repository's apps started as a dotnet-isolated worker behind <see cref="WorkerTestHost"/>, with
/// an output-cache folder of its own, and a client that never follows redirects. Used as an xunit class fixture.
/// </summary>
public abstract class WorkerApp(string appDirectory, string appDll, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("sls-worker-cache-").FullName;

    public WorkerTestHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string AppDirectory => appDirectory;

    public string AppDll => appDll;

    /// <summary>App settings every start of this app gets (a private cache folder, and the fixture's own).</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Nextfunc__Cache__Path"] = _cache };

    public async Task InitializeAsync()
    {
        Host = await WorkerTestHost.StartAsync(appDirectory, appDll, Settings);
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        try { Directory.Delete(_cache, recursive: true); } catch (IOException) { }
    }

    /// <summary>What the worker printed and logged, for failure messages.</summary>
    public string Log => Host.Output + "\n" + string.Join("\n", Host.Logs);
}
