using Google.Protobuf.WellKnownTypes;
using Nextfunc.Tests.Shared.HostRouting;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// A small out-of-process Azure Functions host for tests. It runs a built dotnet-isolated worker app as the
/// Functions host does (a <c>dotnet App.dll</c> process that connects back over the FunctionRpc gRPC
/// contract, worker indexing, one load per function) and serves HTTP like the host (name-ordered routes,
/// first match wins, its own 404s, requests proxied to the worker's <c>HttpUri</c>). It is not the host: no
/// keys, no admin API, no other triggers, no retries, no scale-out; it needs no Core Tools.
/// </summary>
/// <example>
/// <code>
/// await using var host = await WorkerTestHost.StartAsync(appDir, Path.Combine(appDir, "ConformanceApp.dll"));
/// var response = await new HttpClient().GetAsync(new Uri(host.BaseAddress, "api/hello"));
/// var invocations = await host.WaitForInvocationsAsync();
/// </code>
/// </example>
public sealed class WorkerTestHost : IAsyncDisposable
{
    private static readonly TimeSpan TerminateGrace = TimeSpan.FromSeconds(5);

    private readonly FunctionRpcServer _rpc;
    private readonly WorkerChannel _channel;
    private readonly WorkerProcess _process;
    private readonly HttpFront _front;

    private WorkerTestHost(FunctionRpcServer rpc, WorkerChannel channel, WorkerProcess process, HttpFront front,
        IReadOnlyDictionary<string, string> capabilities, IReadOnlyList<WorkerFunction> functions, HostRouteTable routes, TimeSpan startupTime)
    {
        _rpc = rpc;
        _channel = channel;
        _process = process;
        _front = front;
        WorkerCapabilities = capabilities;
        Functions = functions;
        Routes = routes;
        StartupTime = startupTime;
    }

    /// <summary>The host's public HTTP address, e.g. <c>http://127.0.0.1:54321/</c>; routes include the route prefix.</summary>
    public Uri BaseAddress => _front.BaseAddress;

    /// <summary>The functions the worker reported (FunctionMetadataResponse), all loaded.</summary>
    public IReadOnlyList<WorkerFunction> Functions { get; }

    /// <summary>The capabilities from WorkerInitResponse, e.g. <c>HttpUri</c> (the worker's own Kestrel).</summary>
    public IReadOnlyDictionary<string, string> WorkerCapabilities { get; }

    /// <summary>The HTTP functions in the order the host tries them, with host.json's route prefix applied.</summary>
    public HostRouteTable Routes { get; }

    /// <summary>From spawning the worker to the last FunctionLoadResponse.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Finished invocations so far (see <see cref="WaitForInvocationsAsync"/> for the ones still running).</summary>
    public IReadOnlyCollection<WorkerInvocation> Invocations => _front.Invocations;

    /// <summary>The worker's stdout and stderr (the most recent 256 K characters).</summary>
    public string Output => _process.Output;

    /// <summary>The RpcLog messages the worker sent: with <see cref="Output"/>, what <c>func start</c> would show.</summary>
    public IReadOnlyCollection<WorkerLog> Logs => _channel.Logs;

    /// <summary>The worker's process id.</summary>
    public int WorkerProcessId => _process.Id;

    /// <summary>
    /// Starts the worker app in <paramref name="appDirectory"/> (its build or publish output, with host.json) and
    /// returns once every function is loaded and the HTTP front listens. Throws <see cref="WorkerStartupException"/>
    /// when the worker exits or fails a step, or when <paramref name="startupBudget"/> (default 60 s) runs out.
    /// </summary>
    /// <param name="appDirectory">The app folder: FUNCTIONS_APPLICATION_DIRECTORY, and where host.json is read.</param>
    /// <param name="appDll">The app assembly, absolute or relative to <paramref name="appDirectory"/>.</param>
    /// <param name="environment">Extra environment settings for the worker (app settings), applied last.</param>
    /// <param name="startupBudget">How long start-up may take in total.</param>
    /// <param name="httpPort">The HTTP front's port on 127.0.0.1 (0 = any free port).</param>
    public static async Task<WorkerTestHost> StartAsync(string appDirectory, string appDll, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? startupBudget = null, int httpPort = 0)
    {
        appDirectory = Path.GetFullPath(appDirectory);
        var channel = new WorkerChannel();
        var rpc = await FunctionRpcServer.StartAsync(channel);
        WorkerProcess? process = null;
        try
        {
            var workerId = Guid.NewGuid().ToString();
            var started = System.Diagnostics.Stopwatch.StartNew();
            process = WorkerProcess.Start(appDirectory, appDll, rpc.Address, workerId, environment);
            var (capabilities, functions) = await new WorkerStartup(channel, process, appDirectory, workerId, startupBudget ?? TimeSpan.FromSeconds(60)).RunAsync();
            var startupTime = started.Elapsed;

            var prefix = HostRoutePrefix.Read(appDirectory);
            var routes = HostRouteTable.InHostOrder(functions.Where(f => f.IsHttp)
                .Select(f => HostFunction.Create(f.Name, f.Route ?? "", f.Methods, f.AuthLevel ?? "function", prefix)));
            if (routes.Functions.Count > 0 && !capabilities.ContainsKey("HttpUri"))
                throw new WorkerStartupException("WorkerInitResponse", "the worker has HTTP functions but no HttpUri capability: "
                    + "this test host only proxies HTTP (ConfigureFunctionsWebApplication), it does not send RpcHttp bodies.", process.Output);
            var front = await HttpFront.StartAsync(routes, functions, channel, capabilities.GetValueOrDefault("HttpUri") ?? "http://127.0.0.1:1/",
                capabilities.ContainsKey("HandlesInvocationCancelMessage"), httpPort);
            return new WorkerTestHost(rpc, channel, process, front, capabilities, functions, routes, startupTime);
        }
        catch
        {
            if (process is not null)
                await process.DisposeAsync();
            await rpc.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc cref="HttpFront.WaitForInvocationsAsync"/>
    public Task<IReadOnlyCollection<WorkerInvocation>> WaitForInvocationsAsync(TimeSpan? timeout = null) => _front.WaitForInvocationsAsync(timeout);

    /// <summary>
    /// Stops like the host: no new requests, WorkerTerminate with a grace period, a short wait for the worker
    /// to exit by itself, then the whole process tree is killed; both servers stop.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _front.DisposeAsync();
        _channel.Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(TerminateGrace) } });
        await _process.StopAsync(TerminateGrace);
        await _process.DisposeAsync();
        await _rpc.DisposeAsync();
    }
}
