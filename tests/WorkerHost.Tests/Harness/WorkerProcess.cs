using System.Diagnostics;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The worker process, started the way the Functions host starts a dotnet-isolated worker:
/// <c>dotnet App.dll --functions-uri … --functions-worker-id … --functions-request-id …
/// --functions-grpc-max-message-length 2147483647</c> in the app directory, with the host's environment
/// settings. Its stdout and stderr are kept (bounded) as <see cref="Output"/>.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly BoundedText _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        Exited = process.WaitForExitAsync();
    }

    /// <summary>Everything the worker printed so far.</summary>
    public string Output => _output.ToString();

    /// <summary>Completes when the process exits (for any reason).</summary>
    public Task Exited { get; }

    /// <summary>The exit code, once <see cref="Exited"/> has completed.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The process id (for a test that wants to look at the process itself).</summary>
    public int Id => _process.Id;

    /// <summary>
    /// Starts <paramref name="appDll"/> (absolute, or relative to <paramref name="appDirectory"/>).
    /// <paramref name="environment"/> is applied last, so a test can override any of the host's settings.
    /// </summary>
    public static WorkerProcess Start(string appDirectory, string appDll, Uri functionsUri, string workerId, IReadOnlyDictionary<string, string>? environment)
    {
        var dll = Path.GetFullPath(appDll, appDirectory);
        if (!File.Exists(dll))
            throw new FileNotFoundException($"The worker app is not built at {dll}.", dll);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            dll,
            "--functions-uri", functionsUri.ToString(),
            "--functions-worker-id", workerId,
            "--functions-request-id", Guid.NewGuid().ToString(),
            "--functions-grpc-max-message-length", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
            start.ArgumentList.Add(argument);

        // What the host sets for a worker (FUNCTIONS_WORKER_RUNTIME is read by the host only, but a user's
        // local.settings.json has it, so apps may look at it too).
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["AzureWebJobsScriptRoot"] = appDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        worker._process.OutputDataReceived += (_, e) => worker._output.AppendLine(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker._output.AppendLine(e.Data);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>
    /// Waits up to <paramref name="grace"/> for the worker to exit on its own (after WorkerTerminate), then
    /// kills the whole process tree so that nothing outlives the test.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        await Task.WhenAny(Exited, Task.Delay(grace));
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await Exited;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.Zero);
        _process.Dispose();
    }
}
