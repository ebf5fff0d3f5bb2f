using System.Diagnostics;
using System.Net;
using Serverless.FunctionsHost.Tests.Pipeline;

namespace Serverless.FunctionsHost.Tests.Telemetry;

/// <summary>
/// An app that listens to Nextfunc only: ASP.NET Core keeps an activity nobody exports, so the invocation span
/// must be the SERVER span itself and continue the caller's trace, not hang under a span no backend receives.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class EntrySpanTests : IAsyncLifetime
{
    private readonly TelemetryCapture _capture = new(withAspNetCore: false);
    private KestrelApp _app = null!;

    public async Task InitializeAsync() => _app = await TelemetryApp.StartAsync();

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _capture.Dispose();
    }

    [Fact]
    public async Task WithoutAspNetCoresSpan_TheInvocationSpanIsTheServerSpan_ChildOfTheCallersSpan()
    {
        var (request, trace, caller) = TelemetryApp.Traced("/telemetry/users/1");
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.SendAsync(request)).StatusCode);

        var span = Assert.Single(await _capture.SpansAsync(trace, 1));
        Assert.Equal("Nextfunc", span.Source.Name);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal(caller, span.ParentSpanId);
        Assert.True(span.HasRemoteParent);
        Assert.Equal("/telemetry/users/[id]", span.GetTagItem("http.route"));
    }

    [Fact]
    public async Task WithoutACaller_TheInvocationSpanStartsATraceOfItsOwn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/telemetry/users/root");
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.SendAsync(request)).StatusCode);

        var span = await _capture.SpanAsync(s => s.Source.Name == "Nextfunc" && s.GetTagItem("http.route") is "/telemetry/users/[id]" && s.ParentSpanId == default);
        Assert.NotNull(span);
        Assert.Equal(ActivityKind.Server, span.Kind);
    }
}
