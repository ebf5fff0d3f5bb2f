using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>
/// The custom-handler process as the host runs it: the command from host.json
/// <c>customHandler.description</c> (a relative path that exists is taken from the app root, anything else
/// is a command on PATH; <c>%SETTING%</c> in arguments is expanded), working directory = app root, with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and friends set; ready once <c>GET /</c> gets any HTTP answer.
/// </summary>
/// <example><c>await using var handler = await HandlerProcess.StartAsync("out/sample-functions", TimeSpan.FromSeconds(30));</c></example>
public sealed partial class HandlerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HandlerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The loopback port the handler listens on.</summary>
    public int Port { get; }

    /// <summary>What the process wrote so far (stdout and stderr), for failure messages.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the handler of the layout in <paramref name="appRoot"/> and waits until it answers <c>GET /</c>.</summary>
    public static async Task<HandlerProcess> StartAsync(string appRoot, TimeSpan readinessBudget, IReadOnlyDictionary<string, string>? environment = null)
    {
        appRoot = Path.GetFullPath(appRoot);
        var description = JsonNode.Parse(File.ReadAllText(Path.Combine(appRoot, "host.json")))?["customHandler"]?["description"]
            ?? throw new InvalidOperationException($"{appRoot}/host.json has no customHandler.description, so the host would not run a custom handler.");
        var path = (string?)description["defaultExecutablePath"] ?? throw new InvalidOperationException("customHandler.description.defaultExecutablePath is missing.");
        var candidate = Path.Combine(appRoot, path);
        var workingDirectory = (string?)description["workingDirectory"] is { Length: > 0 } wd ? Path.Combine(appRoot, wd) : appRoot;

        var port = FreePort();
        var start = new ProcessStartInfo(File.Exists(candidate) ? candidate : path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in description["arguments"]?.AsArray() ?? [])
            start.ArgumentList.Add(ExpandSettings((string)argument!));
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var workerId = Guid.NewGuid().ToString();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = start.Environment["FUNCTIONS_HTTPWORKER_PORT"] = port.ToString();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_WORKER_ID"] = start.Environment["FUNCTIONS_HTTPWORKER_ID"] = workerId;
        start.Environment["FUNCTIONS_APP_ROOT_PATH"] = appRoot;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var handler = new HandlerProcess(process, port);
        process.OutputDataReceived += (_, e) => handler.Append(e.Data);
        process.ErrorDataReceived += (_, e) => handler.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await handler.WaitUntilReadyAsync(readinessBudget);
        }
        catch
        {
            await handler.DisposeAsync();
            throw;
        }
        return handler;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan budget)
    {
        // The host polls every 25 ms and accepts any HTTP answer (a 404 too); it keeps waiting only on socket errors.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The handler exited with code {_process.ExitCode} before answering GET /:\n{Output}");
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{Port}/");
                return;
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException)
            {
                if (deadline.Elapsed > budget)
                    throw new TimeoutException($"The handler did not answer GET http://127.0.0.1:{Port}/ within {budget.TotalSeconds:0} s (the host's initialization budget):\n{Output}");
                await Task.Delay(25);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
            if (_output.Length < 64_000) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ExpandSettings(string argument) =>
        Setting().Replace(argument, m => Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Setting();
}
