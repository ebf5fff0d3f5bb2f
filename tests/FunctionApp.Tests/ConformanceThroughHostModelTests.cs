using Nextfunc.FunctionApp.Tests.Harness;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Conformance;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// The conformance app through the whole chain: its own <c>functions-layout</c> command, the host
/// model, then the conformance suite against the model's address. Set <c>NEXTFUNC_HOSTMODEL_APP</c>
/// to run another app's build the same way.
/// </summary>
[Trait("Category", "Functional")]
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
        var layout = Directory.CreateTempSubdirectory("sls-conformance-").FullName;
        try
        {
            var (code, output) = await ProcessRunner.RunAsync("dotnet", TestPaths.ConformanceApp, "functions-layout", Path.Combine(layout, "functions"));
            Assert.True(code == 0, $"functions-layout failed ({code}):\n{output}");

            await using var host = await FunctionsHostModel.StartAsync(Path.Combine(layout, "functions"));
            var (suiteCode, suiteOutput) = await ConformanceSuite.RunAsync(TestPaths.RepoRoot, host.BaseAddress, AnsweredByTheHost);
            Assert.True(suiteCode == 0, $"conformance through the host model failed:\n{suiteOutput}\n--- handler output ---\n{host.Handler.Output}");
        }
        finally
        {
            try { Directory.Delete(layout, recursive: true); } catch (IOException) { }
        }
    }
}
