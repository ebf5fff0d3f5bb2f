using System.Diagnostics;
using System.Net;

namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// An app that listens to Nextfunc only: ASP.NET Core keeps an activity nobody exports, so the invocation span
/// must be the SERVER span itself and continue the caller's trace, not hang under a span no backend receives.
/// </summary>
[Collection(TelemetryCollection.Name)]
[Trait("Category", "Functional")]
public sealed class EntrySpanTests() : TracedAppTest(withAspNetCore: false)
{
    [Fact]
    public async Task WithoutAspNetCoresSpan_TheInvocationSpanIsTheServerSpan_ChildOfTheCallersSpan()
    {
        var (request, trace, caller) = TelemetryApp.Traced("/telemetry/users/1");
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(request)).StatusCode);

        var span = Assert.Single(await Capture.SpansAsync(trace, 1));
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
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(request)).StatusCode);

        var span = await Capture.SpanAsync(s => s.Source.Name == "Nextfunc" && s.GetTagItem("http.route") is "/telemetry/users/[id]" && s.ParentSpanId == default);
        Assert.NotNull(span);
        Assert.Equal(ActivityKind.Server, span.Kind);
    }
}
