using System.Text.Json.Nodes;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.Tests.Shared.Conformance;

/// <summary>
/// Runs recorded Next.js cases (<c>tests/conformance/run.py … cases.json --skip-tag quirk</c>, or
/// <c>edge-cases.json</c>) against a server, leaving out the cases a host in front answers itself (each with
/// its reason at the call site).
/// </summary>
public static class ConformanceSuite
{
    /// <summary>
    /// Recorded cases where we answer differently from Next.js on purpose (tests/conformance/README.md lists
    /// them with the reason); every run leaves them out, and tests of their own pin our behaviour.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DivergesOnPurpose = new Dictionary<string, string>
    {
        // Next.js: 500 with an empty body. We: 400 {"error": …} — a malformed body is the client's fault
        // (tests/FunctionsHost.Tests/Pipeline/RequestBodyTests.cs).
        ["api-post-invalid-json"] = "a malformed request body is answered 400, not 500",
    };

    /// <summary>The Next.js oracle's recorded cases (shared, never edited).</summary>
    public const string ObservedCases = "cases.json";

    /// <summary>Request-edge cases recorded from the oracle by tests/conformance/record.py (query strings, malformed paths, dot segments, cookies).</summary>
    public const string EdgeCases = "edge-cases.json";

    /// <summary>Middleware and handler semantics (issue 21) recorded from the oracle plus tests/conformance/oracle-overlay.</summary>
    public const string SemanticsCases = "semantics-cases.json";

    /// <summary><c>userAgent(request)</c> for 52 User-Agent headers, recorded from the oracle plus its overlay.</summary>
    public const string UserAgentCases = "user-agent-cases.json";

    /// <summary><c>next.config.js</c> headers, redirects and rewrites, recorded from the oracle plus tests/conformance/config-overlay (run on tests/ConfigConformanceApp).</summary>
    public const string ConfigCases = "config-cases.json";

    /// <summary><c>basePath</c> with <c>trailingSlash</c>, recorded from the oracle plus tests/conformance/config-basepath-overlay (run on tests/BasePathConformanceApp).</summary>
    public const string BasePathCases = "basepath-cases.json";

    /// <summary>
    /// Runs every case of <paramref name="casesFile"/> (in tests/conformance) but <see cref="DivergesOnPurpose"/> and
    /// <paramref name="answeredByTheHost"/> against <paramref name="baseAddress"/>; returns run.py's exit code and output.
    /// Cases tagged <c>quirk</c> are left out unless <paramref name="skipQuirks"/> is false.
    /// </summary>
    public static async Task<(int Code, string Output)> RunAsync(string repoRoot, Uri baseAddress, IReadOnlyCollection<string>? answeredByTheHost = null,
        string casesFile = ObservedCases, bool skipQuirks = true)
    {
        var folder = Path.Combine(repoRoot, "tests", "conformance");
        var cases = Path.Combine(folder, casesFile);
        var leftOut = DivergesOnPurpose.Keys.Concat(answeredByTheHost ?? []).ToHashSet();
        var all = JsonNode.Parse(File.ReadAllText(cases))!;
        var kept = all["cases"]!.AsArray().Where(c => !leftOut.Contains((string?)c?["id"] ?? "")).Select(c => c?.DeepClone()).ToArray();
        var filtered = Path.Combine(Path.GetTempPath(), $"sls-cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(filtered, new JsonObject { ["cases"] = new JsonArray(kept) }.ToJsonString());
        try
        {
            string[] skip = skipQuirks ? ["--skip-tag", "quirk"] : [];
            return await ProcessRunner.RunAsync("python3", [Path.Combine(folder, "run.py"), baseAddress.ToString().TrimEnd('/'), filtered, .. skip]);
        }
        finally
        {
            File.Delete(filtered);
        }
    }
}
