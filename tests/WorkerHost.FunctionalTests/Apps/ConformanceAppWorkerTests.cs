using System.Net;
using Nextfunc.Tests.Shared.Conformance;
using Nextfunc.Tests.Shared.Processes;
using Nextfunc.WorkerHost.FunctionalTests.Support;
using Rpc = Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// The conformance app as a real isolated worker behind the test host: the recorded Next.js cases give the
/// same result as on standalone Kestrel, every function of its custom-handler plan is in the worker's
/// metadata, and failures (a throwing handler, a client that goes away) stay inside one request.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ConformanceAppWorkerTests(ConformanceWorker app) : IClassFixture<ConformanceWorker>
{
    /// <summary>
    /// Cases the Functions host answers before the worker sees them, as in the custom-handler model:
    /// <c>//api/users/me</c> has an empty first segment, which no route template (not even the <c>{*path}</c>
    /// fallback) matches, so the host answers 404 where Next.js redirects.
    /// </summary>
    private static readonly string[] AnsweredByTheHost = ["double-slash-leading"];

    [Fact]
    public async Task ConformanceSuite_PassesThroughTheWorker()
    {
        var (code, output) = await ConformanceSuite.RunAsync(AppBuilds.RepoRoot, app.Host.BaseAddress, AnsweredByTheHost);

        Assert.True(code == 0, $"conformance through the worker failed:\n{output}\n--- worker ---\n{app.Log}");
        Assert.Contains(" 0 failed", output);
    }

    [Theory]
    [InlineData(ConformanceSuite.EdgeCases)]
    [InlineData(ConformanceSuite.SemanticsCases)] // after() work included: the response comes before it runs
    [InlineData(ConformanceSuite.UserAgentCases)]
    public async Task OurRecordedCases_PassThroughTheWorker(string casesFile)
    {
        var (code, output) = await ConformanceSuite.RunAsync(AppBuilds.RepoRoot, app.Host.BaseAddress, [], casesFile, skipQuirks: false);

        Assert.True(code == 0, $"{casesFile} through the worker failed:\n{output}\n--- worker ---\n{app.Log}");
        Assert.Contains(" 0 failed", output);
    }

    [Fact]
    public async Task EveryFunctionOfTheCustomHandlerPlan_IsInTheWorkersMetadata()
    {
        var layout = Directory.CreateTempSubdirectory("sls-worker-layout-").FullName;
        try
        {
            var (code, output) = await ProcessRunner.RunAsync("dotnet", Path.Combine(app.AppDirectory, app.AppDll), "functions-layout", Path.Combine(layout, "f"));
            Assert.True(code == 0, output);
            var planned = Directory.EnumerateDirectories(Path.Combine(layout, "f")).Where(d => File.Exists(Path.Combine(d, "function.json")))
                .Select(d => Path.GetFileName(d)!).Order().ToList();

            Assert.Equal(planned, app.Host.Functions.Select(f => f.Name).Order().ToList());
            Assert.Contains(app.Host.Functions, f => f.Name == "r0_index_GET" && f.Route == "{_:length(0)?}");
        }
        finally
        {
            Directory.Delete(layout, recursive: true);
        }
    }

    [Fact]
    public async Task AThrowingHandler_IsA500WithAnEmptyBody_AndTheReasonOnlyInTheLog()
    {
        using var response = await app.Client.GetAsync("/api/throws");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, h => h.Value.Any(v => v.Contains("boom")));
        Assert.Contains(app.Host.Logs, l => l.Message.Contains("threw; answered 500") && l.Exception!.Contains("boom from handler"));
    }

    [Fact]
    public async Task AClientThatDisconnectsMidResponse_IsNoFailure_AndLeavesTheWorkerServing()
    {
        // Under heavy load (test projects run in parallel on 2 cores) the worker has, rarely, answered this request
        // with an empty body; its cause is not pinned down yet (the ASP.NET Core integration's 15 s wait for the
        // invocation to start is the suspect). It is not the disconnect under test, so try again.
        var disconnected = false;
        for (var attempt = 1; attempt <= 3 && !disconnected; attempt++)
            disconnected = await DisconnectAfterTheFirstChunkAsync();
        Assert.True(disconnected, $"/api/stream never sent its first chunk\n{app.Log}");

        // The test host gives up on an InvocationResponse after 30 s, so this wait always ends.
        var invocations = await app.Host.WaitForInvocationsAsync(TimeSpan.FromSeconds(40));
        // Going away is the client's doing: our pipeline never fails the invocation. (When the host's
        // InvocationCancel reaches the worker first, the worker itself may report the invocation cancelled.)
        Assert.DoesNotContain(invocations, i => i.FunctionName.EndsWith("_api_stream_GET")
            && i.Status != Rpc.StatusResult.Types.Status.Success && i.Exception?.Contains("cancel", StringComparison.OrdinalIgnoreCase) != true);
        using var next = await app.Client.GetAsync("/api/users/me");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.False(System.Diagnostics.Process.GetProcessById(app.Host.WorkerProcessId).HasExited);
    }

    // Reads the first part of the streamed body, then drops the connection; false when the body ended first.
    private async Task<bool> DisconnectAfterTheFirstChunkAsync()
    {
        using var cancel = new CancellationTokenSource();
        using var response = await app.Client.GetAsync("/api/stream", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        var body = await response.Content.ReadAsStreamAsync(cancel.Token);
        var first = new byte[4];
        if (await body.ReadAtLeastAsync(first, first.Length, throwOnEndOfStream: false, cancel.Token) < first.Length)
            return false;
        cancel.Cancel(); // the connection goes away mid-body (disposing the response closes it)
        return true;
    }
}
