using Nextfunc.Tests.Shared.Conformance;
using Nextfunc.WorkerHost.FunctionalTests.Support;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>The basePath cases through the worker: the host routes <c>/docs/...</c> to the functions, as the plan writes them.</summary>
[Trait("Category", "Functional")]
public sealed class BasePathAppWorkerTests(BasePathWorker app) : IClassFixture<BasePathWorker>
{
    [Fact]
    public async Task BasePathCases_PassThroughTheWorker()
    {
        var (code, output) = await ConformanceSuite.RunAsync(AppBuilds.RepoRoot, app.Host.BaseAddress, [], ConformanceSuite.BasePathCases, skipQuirks: false);

        Assert.True(code == 0, $"basePath cases through the worker failed:\n{output}\n--- worker ---\n{app.Log}");
        Assert.Contains(" 0 failed", output);
    }
}
