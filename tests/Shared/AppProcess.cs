using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Nextfunc.Tests.Shared;

/// <summary>
/// An app started as a user starts it: <c>dotnet App.dll --urls http://127.0.0.1:PORT</c> on a free
/// loopback port, with extra environment settings; ready once it answers HTTP. Linked into several test projects.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _disposed;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>True once the app process has ended (crashed, or been stopped).</summary>
    public bool HasExited => _process.HasExited;

    /// <param name="dll">The app to run.</param>
    /// <param name="environment">Extra environment variables (settings).</param>
    /// <param name="launcher">A command that runs <c>dotnet app.dll ...</c> given as its trailing arguments, e.g. to
    /// start the app in its own mount namespace with a read-only folder; none by default.</param>
    public static async Task<AppProcess> StartAsync(string dll, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? launcher = null)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"The app is not built at {dll}; it builds with this test project.");
        var port = FreePort();
        string[] command = [.. launcher ?? [], "dotnet", dll, "--urls", $"http://127.0.0.1:{port}"];
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        var host = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        host._process.OutputDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
        host._process.ErrorDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && !host._process.HasExited;)
        {
            try
            {
                await client.GetAsync(new Uri(host.BaseAddress, "/nomw"));
                return host;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { await Task.Delay(100); }
        }
        await host.DisposeAsync();
        throw new InvalidOperationException($"{Path.GetFileName(dll)} did not start on port {port}:\n{host.Output}");
    }

    /// <summary>Kills the app (a test may do so mid-way, as a crash); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
