using Nextfunc.WorkerHost.FunctionalTests.Support;
using Nextfunc.WorkerHost.Tests.Harness;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// A worker that cannot start says why and how to fix it, in the output the Functions host shows
/// (the worker's stderr), instead of failing later on the first request.
/// </summary>
[Trait("Category", "Functional")]
public sealed class WorkerStartupErrorTests
{
    [Fact]
    public async Task AMalformedHostJson_IsReportedWithItsPathAndTheFix()
    {
        var copy = CopyOf(AppBuilds.SampleApp);
        try
        {
            File.WriteAllText(Path.Combine(copy, "host.json"), "{ \"version\": \"2.0\", ");

            var error = await Assert.ThrowsAsync<WorkerStartupException>(() => WorkerTestHost.StartAsync(copy, "SampleApp.dll"));

            Assert.Contains($"{Path.Combine(copy, "host.json")} is not valid JSON", error.Output);
            Assert.Contains("Fix the file or delete it", error.Output);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingApplicationDirectorySetting_SaysWhoSetsIt()
    {
        var app = AppBuilds.SampleApp;
        var error = await Assert.ThrowsAsync<WorkerStartupException>(() => WorkerTestHost.StartAsync(app, "SampleApp.dll",
            new Dictionary<string, string> { ["FUNCTIONS_APPLICATION_DIRECTORY"] = "", ["FUNCTIONS_WORKER_DIRECTORY"] = "" }));

        Assert.Contains("FUNCTIONS_APPLICATION_DIRECTORY is not set", error.Output);
        Assert.Contains("The Functions host sets it", error.Output);
    }

    [Fact]
    public async Task ABadNextfuncSetting_StopsTheWorker_NamingTheSettingAndTheFix()
    {
        // The worker is built by the Functions SDK's host builder, not WebApplication: it binds and checks the settings too.
        var error = await Assert.ThrowsAsync<WorkerStartupException>(() => WorkerTestHost.StartAsync(AppBuilds.SampleApp, "SampleApp.dll",
            new Dictionary<string, string> { ["Nextfunc__MaxRequestBodySize"] = "10MB" }));

        Assert.Contains("Nextfunc:MaxRequestBodySize is '10MB', but it must be a whole number of bytes above 0", error.Output);
        Assert.Contains("Nextfunc__MaxRequestBodySize=10485760", error.Output);
    }

    private static string CopyOf(string appDirectory)
    {
        var copy = Directory.CreateTempSubdirectory("sls-worker-app-").FullName;
        foreach (var file in Directory.EnumerateFiles(appDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(appDirectory, file);
            if (relative.StartsWith(".nextfunc")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(file, Path.Combine(copy, relative));
        }
        return copy;
    }
}
