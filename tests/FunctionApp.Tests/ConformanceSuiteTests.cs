using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Serverless.FunctionApp.Tests.Support;

namespace Serverless.FunctionApp.Tests;

/// <summary>
/// The acceptance test: the conformance app started as a user would (<c>--urls</c> on a free
/// loopback port, real Kestrel), and every case of <c>tests/conformance/cases.json</c> run against it.
/// A failure prints each failing case id, the request and what differed.
/// </summary>
public sealed class ConformanceSuiteTests
{
    [Fact]
    public async Task EveryObservedCasePasses_OnKestrel()
    {
        var port = FreePort();
        var output = new StringBuilder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { TestPaths.ConformanceApp, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        // A cache folder of its own: runs never see each other's entries.
        var cacheFolder = Directory.CreateTempSubdirectory("sls-conformance-cache-").FullName;
        start.Environment["Serverless__Cache__Path"] = cacheFolder;
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            await WaitUntilListeningAsync(baseAddress, app);
            var (code, suite) = await ProcessRunner.RunConformanceSuiteAsync(baseAddress);
            Assert.True(code == 0, $"conformance suite failed:\n{suite}\n--- app output ---\n{output}");
            Assert.Contains(" 0 failed", suite);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            try { Directory.Delete(cacheFolder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task WaitUntilListeningAsync(Uri baseAddress, Process app)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !app.HasExited)
        {
            try
            {
                await client.GetAsync(new Uri(baseAddress, "/nomw"));
                return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The conformance app did not start listening on {baseAddress} (exited: {app.HasExited}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
