using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nextfunc.Tests.Caching.Azurite;

/// <summary>
/// Starts the repo's pinned Azurite blob emulator (node_modules/.bin/azurite-blob, installed by `npm ci` at the
/// repo root) on a free loopback port, in memory or (for outage tests) persisted in a temp folder so that a
/// killed and restarted Azurite on the same port still holds its blobs, and kills it on dispose.
/// Also compiled into bench/Caching.Benchmarks.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _location;
    private readonly bool _onDisk;
    private readonly System.Text.StringBuilder _stderr = new();
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;

    private AzuriteProcess(string location, int port, bool onDisk)
    {
        _location = location;
        Port = port;
        _onDisk = onDisk;
    }

    public int Port { get; }

    /// <summary>Well-known devstoreaccount1 connection string for this instance's port.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>The devstoreaccount1 connection string for an Azurite (or a proxy in front of one) on <paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <param name="startupTimeout">How long to wait for the port to answer.</param>
    /// <param name="persistOnDisk">Keep blobs in a temp folder (survive <see cref="Kill"/> + <see cref="RestartAsync"/>) instead of memory.</param>
    public static async Task<AzuriteProcess> StartAsync(TimeSpan startupTimeout, bool persistOnDisk = false)
    {
        var azurite = new AzuriteProcess(Directory.CreateTempSubdirectory("azurite-").FullName, FreePort(), persistOnDisk);
        await azurite.RunAsync(startupTimeout);
        return azurite;
    }

    /// <summary>Ends Azurite abruptly (SIGKILL): blobs written since its last autosave (every 5 s) are lost.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
    }

    /// <summary>
    /// Stops Azurite with SIGTERM, as `kill PID` does: open connections are cut and the port refuses new ones, but
    /// (unlike <see cref="Kill"/>) it saves its metadata first, as a real storage service keeps its data through an
    /// outage. Falls back to <see cref="Kill"/> where there are no signals or when it does not exit within 5 s.
    /// </summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process && !OperatingSystem.IsWindows() && SendSignal(process.Id, 15) == 0)
        {
            // Azurite saves and says so, but its process can linger afterwards: end it once the data is safe.
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(5) && !process.HasExited && !Output.Contains("successfully closed", StringComparison.Ordinal);)
            {
                Thread.Sleep(20);
            }
        }

        Kill();
    }

    /// <summary>Starts Azurite again on the same port and folder after <see cref="Stop"/> or <see cref="Kill"/>.</summary>
    public Task RestartAsync(TimeSpan startupTimeout)
    {
        Kill();
        _process?.Dispose();
        return RunAsync(startupTimeout);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private async Task RunAsync(TimeSpan startupTimeout)
    {
        var root = FindRepoRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: '{executable}' is missing. Run `npm ci` in the repo root ({root}) to install the pinned azurite dev dependency.");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Azurite 3.37 rejects --location together with --inMemoryPersistence, so in memory the temp folder is
            // its working directory instead: nothing it might write lands in the repo.
            WorkingDirectory = _location,
        };
        var storage = _onDisk ? new[] { "--location", _location } : ["--inMemoryPersistence"];
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--silent" }.Concat(storage))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        _process = process;
        process.ErrorDataReceived += (_, e) => { lock (_stderr) { _stderr.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < startupTimeout)
        {
            if (process.HasExited)
            {
                var exitCode = process.ExitCode;
                Dispose();
                throw new InvalidOperationException($"Azurite exited with code {exitCode} during startup: {Stderr}");
            }

            if (await PortAnswersAsync(Port))
            {
                return;
            }

            await Task.Delay(100); // Polling for readiness, not a timing assertion.
        }

        Dispose();
        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{Port} within {startupTimeout}. stderr: {Stderr}");
    }

    private string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    private string Output { get { lock (_output) return _output.ToString(); } }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temp folder.
        }
    }

    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find Serverless.sln above {AppContext.BaseDirectory}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> PortAnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
