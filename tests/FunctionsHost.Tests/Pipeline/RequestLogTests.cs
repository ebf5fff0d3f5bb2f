using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// The per-request line on a real app: off (Debug) standalone outside Development by default, on with
/// <c>Nextfunc:RequestLog=true</c>, and its content one log-level filter away when off.
/// </summary>
[Trait("Category", "Functional")]
public sealed class RequestLogTests
{
    // The line is written once the response is sent, so the client can have its answer first: the output is read
    // after the app has stopped, which waits for the request to finish (one CI run in many read it too early).
    private static async Task<string> OutputAfterOneRequest(params string[] args)
    {
        var app = await AppUnderTest.StartAsync(
            Manifest([Route("/api/hello", null, (HttpVerb.GET, _ => new(NextResponse.Text("hi"))))]), args: args);
        await using (app)
        {
            using var response = await app.Client.GetAsync("/api/hello");
            Assert.Equal(200, (int)response.StatusCode);
        }
        return app.Output;
    }

    [Fact]
    public async Task Standalone_OutsideDevelopment_WritesNoLinePerRequest() =>
        Assert.DoesNotContain("Executed '", await OutputAfterOneRequest("--environment=Production"));

    [Fact]
    public async Task Standalone_InDevelopment_WritesTheLineAtInformation() =>
        Assert.Contains("info: Nextfunc.Pipeline.RequestPipeline[1] Executed 'r", await OutputAfterOneRequest("--environment=Development"));

    [Fact]
    public async Task RequestLogTrue_WritesTheLineAtInformation() =>
        Assert.Matches(@"info: Nextfunc\.Pipeline\.RequestPipeline\[1\] Executed '\w+' GET /api/hello -> 200 in",
            await OutputAfterOneRequest("--environment=Production", "--Nextfunc:RequestLog=true"));

    [Fact]
    public async Task WhenOff_TheLineIsThereAtDebug() =>
        Assert.Matches(@"dbug: Nextfunc\.Pipeline\.RequestPipeline\[1\] Executed '\w+' GET /api/hello -> 200 in",
            await OutputAfterOneRequest("--environment=Production", "--Logging:LogLevel:Nextfunc.Pipeline=Debug"));
}
