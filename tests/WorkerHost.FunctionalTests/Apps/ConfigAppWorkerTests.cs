using Nextfunc.Tests.Shared.Conformance;
using Nextfunc.WorkerHost.FunctionalTests.Support;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// The next.config cases recorded from Next.js give the same result through the worker as on Kestrel: the host's
/// routes (basePath included) reach the functions, and redirects and rewrites run inside the invocation.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ConfigAppWorkerTests(ConfigWorker app) : IClassFixture<ConfigWorker>
{
    [Fact]
    public async Task ConfigCases_PassThroughTheWorker()
    {
        var (code, output) = await ConformanceSuite.RunAsync(AppBuilds.RepoRoot, app.Host.BaseAddress, [], ConformanceSuite.ConfigCases, skipQuirks: false);

        Assert.True(code == 0, $"config cases through the worker failed:\n{output}\n--- worker ---\n{app.Log}");
        Assert.Contains(" 0 failed", output);
    }
}
