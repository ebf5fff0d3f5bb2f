using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Serverless.FunctionsHost.Tests.Caching.Azurite;

/// <summary>
/// Starts the repo's pinned Azurite blob emulator (node_modules/.bin/azurite-blob, installed by `npm ci` at the
/// repo root) on a free loopback port with in-memory persistence, and kills it on dispose.
/// Also compiled into bench/Caching.Benchmarks.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;
    private readonly string _location;

    private AzuriteProcess(Process process, string location, int port)
    {
        _process = process;
        _location = location;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Well-known devstoreaccount1 connection string for this instance's port.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(TimeSpan startupTimeout)
    {
        var root = FindRepoRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: '{executable}' is missing. Run `npm ci` in the repo root ({root}) to install the pinned azurite dev dependency.");
        }

        var port = FreePort();
        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Azurite 3.37 rejects --location together with --inMemoryPersistence, so the temp folder is its
            // working directory instead: nothing it might write lands in the repo.
            WorkingDirectory = location,
        };
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--silent" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var azurite = new AzuriteProcess(process, location, port);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < startupTimeout)
        {
            if (process.HasExited)
            {
                var exitCode = process.ExitCode;
                azurite.Dispose();
                throw new InvalidOperationException($"Azurite exited with code {exitCode} during startup: {stderr}");
            }

            if (await PortAnswersAsync(port))
            {
                return azurite;
            }

            await Task.Delay(100); // Polling for readiness, not a timing assertion.
        }

        azurite.Dispose();
        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{port} within {startupTimeout}. stderr: {stderr}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
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
