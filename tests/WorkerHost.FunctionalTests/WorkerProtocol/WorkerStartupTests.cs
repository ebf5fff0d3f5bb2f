using Nextfunc.WorkerHost.Tests.Harness;

namespace Nextfunc.WorkerHost.FunctionalTests.WorkerProtocol;

/// <summary>
/// Start-up fails fast and says where. The "worker" here is the worker test host's own assembly
/// (tests/WorkerHost.Tests): started with the host's worker arguments, its Program prints its usage and exits 2,
/// like an app that is not a worker.
/// </summary>
[Trait("Category", "Functional")]
public sealed class WorkerStartupTests
{
    private static readonly string Self = typeof(WorkerTestHost).Assembly.Location;

    [Fact]
    public async Task AWorkerThatExitsFailsWithItsExitCodeAndOutput()
    {
        var error = await Assert.ThrowsAsync<WorkerStartupException>(() => WorkerTestHost.StartAsync(AppContext.BaseDirectory, Self));
        Assert.Equal("StartStream", error.Step);
        Assert.Contains("exited with code 2", error.Message);
        Assert.Contains("usage:", error.Output);
    }

    [Fact]
    public async Task ARunOutBudgetNamesTheStepNotReached()
    {
        var error = await Assert.ThrowsAsync<WorkerStartupException>(() =>
            WorkerTestHost.StartAsync(AppContext.BaseDirectory, Self, startupBudget: TimeSpan.FromMilliseconds(1)));
        Assert.Equal("StartStream", error.Step);
        Assert.Contains("start-up budget", error.Message);
    }

    [Fact]
    public async Task AMissingAppIsReportedBeforeAnythingStarts() =>
        await Assert.ThrowsAsync<FileNotFoundException>(() => WorkerTestHost.StartAsync(AppContext.BaseDirectory, "NoSuchApp.dll"));
}
