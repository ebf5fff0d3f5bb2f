using System.Diagnostics;

namespace Serverless.FunctionApp.Tests.Support;

/// <summary>Runs a command to completion and returns its exit code with stdout and stderr together.</summary>
public static class ProcessRunner
{
    public static async Task<(int Code, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Runs <c>tests/conformance/run.py BASE cases.json --skip-tag quirk</c>: every observed case, quirks excepted.</summary>
    /// <param name="baseAddress">The server under test.</param>
    /// <param name="casesFile">The cases file; the committed <c>tests/conformance/cases.json</c> by default.</param>
    public static Task<(int Code, string Output)> RunConformanceSuiteAsync(Uri baseAddress, string? casesFile = null) =>
        RunAsync("python3",
            Path.Combine(TestPaths.RepoRoot, "tests", "conformance", "run.py"),
            baseAddress.ToString().TrimEnd('/'),
            casesFile ?? Path.Combine(TestPaths.RepoRoot, "tests", "conformance", "cases.json"),
            "--skip-tag", "quirk");
}
