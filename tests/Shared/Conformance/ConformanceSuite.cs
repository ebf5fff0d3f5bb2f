using System.Text.Json.Nodes;
using Serverless.Tests.Shared.Processes;

namespace Serverless.Tests.Shared.Conformance;

/// <summary>
/// Runs the recorded Next.js cases (<c>tests/conformance/run.py … cases.json --skip-tag quirk</c>) against a
/// server, leaving out the cases a host in front answers itself (each with its reason at the call site).
/// </summary>
public static class ConformanceSuite
{
    /// <summary>Runs every case but <paramref name="answeredByTheHost"/> against <paramref name="baseAddress"/>; returns run.py's exit code and output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string repoRoot, Uri baseAddress, IReadOnlyCollection<string>? answeredByTheHost = null)
    {
        var folder = Path.Combine(repoRoot, "tests", "conformance");
        var cases = Path.Combine(folder, "cases.json");
        string? filtered = null;
        if (answeredByTheHost is { Count: > 0 })
        {
            var all = JsonNode.Parse(File.ReadAllText(cases))!;
            var kept = all["cases"]!.AsArray().Where(c => !answeredByTheHost.Contains((string?)c?["id"])).Select(c => c?.DeepClone()).ToArray();
            filtered = Path.Combine(Path.GetTempPath(), $"sls-cases-{Guid.NewGuid():N}.json");
            File.WriteAllText(filtered, new JsonObject { ["cases"] = new JsonArray(kept) }.ToJsonString());
        }
        try
        {
            return await ProcessRunner.RunAsync("python3", Path.Combine(folder, "run.py"), baseAddress.ToString().TrimEnd('/'), filtered ?? cases, "--skip-tag", "quirk");
        }
        finally
        {
            if (filtered is not null) File.Delete(filtered);
        }
    }
}
