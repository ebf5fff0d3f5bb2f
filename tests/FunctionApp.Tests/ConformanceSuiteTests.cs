using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Apps;
using Nextfunc.Tests.Shared.Conformance;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// The acceptance test: the conformance app started as a user would (<c>--urls</c> on a free
/// loopback port, real Kestrel), and every case of <c>tests/conformance/cases.json</c> (the shared oracle
/// cases, quirks left out) and of our own recordings by <c>record.py</c> (quirks included: we match them all):
/// <c>edge-cases.json</c> (request edges), <c>semantics-cases.json</c> (middleware and handler semantics) and
/// <c>user-agent-cases.json</c>, run against it; and the next.config cases (<c>config-cases.json</c>,
/// <c>basepath-cases.json</c>) against the ports of their oracle apps. A failure prints each failing case id, the
/// request and what differed.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ConformanceSuiteTests
{
    [Theory]
    [InlineData(ConformanceSuite.ObservedCases, true)]
    [InlineData(ConformanceSuite.EdgeCases, false)]
    [InlineData(ConformanceSuite.SemanticsCases, false)]
    [InlineData(ConformanceSuite.UserAgentCases, false)]
    public Task EveryRecordedCasePasses_OnKestrel(string casesFile, bool skipQuirks) =>
        RunOnKestrelAsync(TestPaths.ConformanceApp, casesFile, skipQuirks);

    [Theory]
    [InlineData("ConfigConformanceApp", ConformanceSuite.ConfigCases)]
    [InlineData("BasePathConformanceApp", ConformanceSuite.BasePathCases)]
    public Task EveryRecordedConfigCasePasses_OnKestrel(string app, string casesFile) =>
        RunOnKestrelAsync(TestPaths.TestApp(app), casesFile, skipQuirks: false);

    private static async Task RunOnKestrelAsync(string appDll, string casesFile, bool skipQuirks)
    {
        // A cache folder of its own: runs never see each other's entries.
        var cacheFolder = Directory.CreateTempSubdirectory("sls-conformance-cache-").FullName;
        try
        {
            await using var app = await AppUnderTest.StartProcessAsync(appDll,
                new Dictionary<string, string> { ["Nextfunc__Cache__Path"] = cacheFolder });
            var (code, suite) = await ConformanceSuite.RunAsync(TestPaths.RepoRoot, app.BaseAddress, casesFile: casesFile, skipQuirks: skipQuirks);
            Assert.True(code == 0, $"conformance suite ({casesFile}) failed:\n{suite}\n--- app output ---\n{app.Output}");
            Assert.Contains(" 0 failed", suite);
        }
        finally
        {
            try { Directory.Delete(cacheFolder, recursive: true); } catch (IOException) { }
        }
    }
}
