using Serverless.FunctionApp.Tests.Harness;
using Serverless.FunctionApp.Tests.Support;

namespace Serverless.FunctionApp.Tests;

/// <summary>
/// The conformance app through the whole chain: its own <c>functions-layout</c> command, the host
/// model, then the conformance suite against the model's address. Set <c>SERVERLESS_HOSTMODEL_APP</c>
/// to run another app's build the same way.
/// </summary>
public sealed class ConformanceThroughHostModelTests
{
    /// <summary>
    /// Cases the host answers before our process can see them. <c>//api/users/me</c>: the host routes
    /// with ASP.NET Core route templates, and no template (not even the <c>{*path}</c> fallback)
    /// matches a path with an empty first segment, so the host answers 404 where Next.js redirects.
    /// Served directly by Kestrel (<see cref="ConformanceSuiteTests"/>) the case passes.
    /// </summary>
    private static readonly string[] AnsweredByTheHost = ["double-slash-leading"];

    [Fact]
    public async Task ConformanceSuitePassesThroughTheHostModel()
    {
        var root = Directory.CreateTempSubdirectory("sls-conformance-").FullName;
        try
        {
            var layout = Path.Combine(root, "functions");
            var (code, output) = await ProcessRunner.RunAsync("dotnet", TestPaths.ConformanceApp, "functions-layout", layout);
            Assert.True(code == 0, $"functions-layout failed ({code}):\n{output}");

            await using var host = await FunctionsHostModel.StartAsync(layout);
            var cases = Path.Combine(root, "cases.json");
            var all = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "conformance", "cases.json")))!;
            var kept = all["cases"]!.AsArray().Where(c => !AnsweredByTheHost.Contains((string?)c?["id"])).Select(c => c?.DeepClone()).ToArray();
            File.WriteAllText(cases, new System.Text.Json.Nodes.JsonObject { ["cases"] = new System.Text.Json.Nodes.JsonArray(kept) }.ToJsonString());
            var (suiteCode, suiteOutput) = await ProcessRunner.RunConformanceSuiteAsync(host.BaseAddress, cases);
            Assert.True(suiteCode == 0, $"conformance through the host model failed:\n{suiteOutput}\n--- handler output ---\n{host.Handler.Output}");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
