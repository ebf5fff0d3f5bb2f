using System.Diagnostics;
using Serverless.FunctionApp.Tests.Harness;
using Serverless.FunctionApp.Tests.Support;

namespace Serverless.FunctionApp.Tests;

/// <summary>
/// Any app through the whole chain: its own <c>functions-layout</c> command, the host model, then the
/// conformance suite (<c>tests/conformance/run.py ... --skip-tag quirk</c>) against the model's address.
/// </summary>
public sealed class ConformanceThroughHostModelTests
{
    [ConformanceFact]
    public async Task ConformanceSuitePassesThroughTheHostModel()
    {
        var app = Path.GetFullPath(Environment.GetEnvironmentVariable(ConformanceFactAttribute.AppVariable)!);
        var root = Directory.CreateTempSubdirectory("sls-conformance-").FullName;
        try
        {
            var layout = Path.Combine(root, "functions");
            var (code, output) = await RunAsync("dotnet", [app, "functions-layout", layout]);
            Assert.True(code == 0, $"functions-layout failed ({code}):\n{output}");

            await using var host = await FunctionsHostModel.StartAsync(layout);
            var (suiteCode, suiteOutput) = await RunAsync("python3",
            [
                Path.Combine(TestPaths.RepoRoot, "tests", "conformance", "run.py"),
                host.BaseAddress.ToString().TrimEnd('/'),
                Path.Combine(TestPaths.RepoRoot, "tests", "conformance", "cases.json"),
                "--skip-tag", "quirk",
            ]);
            Assert.True(suiteCode == 0, $"conformance through the host model failed:\n{suiteOutput}\n--- handler output ---\n{host.Handler.Output}");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
