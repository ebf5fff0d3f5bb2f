using System.Diagnostics;
using System.Net;
using Nextfunc.FunctionApp;

namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// The span tree over a real socket with the OpenTelemetry SDK listening to Nextfunc and ASP.NET Core: one
/// invocation span per request, the child of ASP.NET Core's server span, in the caller's trace.
/// </summary>
[Collection(TelemetryCollection.Name)]
[Trait("Category", "Functional")]
public sealed class InvocationSpanTests() : TracedAppTest(withAspNetCore: true)
{
    [Fact]
    public async Task CachedRoute_MissThenHit_OneInvocationSpanEach_UnderAspNetCoresServerSpan_InTheCallersTrace()
    {
        var (first, trace, caller) = TelemetryApp.Traced("/telemetry/cached");
        var second = new HttpRequestMessage(HttpMethod.Get, "/telemetry/cached");
        second.Headers.Add("traceparent", first.Headers.GetValues("traceparent").Single());
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(second)).StatusCode);

        var spans = await Capture.SpansAsync(trace, 4);
        var invocations = spans.Where(s => s.Source.Name == "Nextfunc").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(2, invocations.Count);
        Assert.Equal(["miss", "hit"], invocations.Select(s => s.GetTagItem("nextfunc.cache.outcome")));
        foreach (var span in invocations)
        {
            var server = spans.Single(s => s.SpanId == span.ParentSpanId);
            Assert.Equal("Microsoft.AspNetCore.Hosting.HttpRequestIn", server.OperationName);
            Assert.Equal(ActivityKind.Server, server.Kind);
            Assert.Equal(caller, server.ParentSpanId);
            Assert.Equal("GET /telemetry/cached", server.DisplayName);
            Assert.Equal("/telemetry/cached", server.GetTagItem("http.route"));

            Assert.Equal(ActivityKind.Internal, span.Kind);
            Assert.Equal(TelemetryApp.Cached, span.DisplayName);
            Assert.Equal("http", span.GetTagItem("faas.trigger"));
            Assert.Equal(TelemetryApp.Cached, span.GetTagItem("faas.name"));
            Assert.Equal("/telemetry/cached", span.GetTagItem("http.route"));
            Assert.Equal("GET", span.GetTagItem("http.request.method"));
            Assert.Equal(200, span.GetTagItem("http.response.status_code"));
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            // The middleware's matcher covers /telemetry/*: it ran and passed on, before the cache answered.
            Assert.Equal(["nextfunc.middleware", "nextfunc.cache"], span.Events.Select(e => e.Name));
            Assert.Equal("next", span.Events.First().Tags.Single().Value);
        }
        Assert.Equal("miss", invocations[0].Events.Last().Tags.Single(t => t.Key == "nextfunc.cache.outcome").Value);
        Assert.Equal("hit", invocations[1].Events.Last().Tags.Single(t => t.Key == "nextfunc.cache.outcome").Value);
    }

    [Fact]
    public async Task RewrittenRequest_IsTheEntryFunctionsSpan_WithTheRewriteEvent_AndTheServingRoute()
    {
        var (request, trace, _) = TelemetryApp.Traced("/telemetry/old/42");
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(request)).StatusCode);

        var spans = await Capture.SpansAsync(trace, 2);
        var span = spans.Single(s => s.Source.Name == "Nextfunc");
        // No route file serves /telemetry/old/42: the Functions host would invoke the fallback function.
        Assert.Equal(FunctionAppPlan.FallbackName, span.GetTagItem("faas.name"));
        Assert.Equal(TelemetryApp.User, span.GetTagItem("nextfunc.rewritten_to"));
        Assert.Equal("/telemetry/users/[id]", span.GetTagItem("http.route"));
        // The middleware runs once per request (as next start does), even though its matcher covers the target too.
        Assert.Equal(["rewrite"], span.Events.Select(e => e.Tags.Single().Value));
        Assert.Equal("GET /telemetry/users/[id]", spans.Single(s => s.SpanId == span.ParentSpanId).DisplayName);
    }

    [Fact]
    public async Task MiddlewareRedirect_IsRecordedAsRedirect_WithoutARoute()
    {
        var (request, trace, _) = TelemetryApp.Traced("/telemetry/go");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await App.Client.SendAsync(request)).StatusCode);

        var span = (await Capture.SpansAsync(trace, 2)).Single(s => s.Source.Name == "Nextfunc");
        Assert.Equal("redirect", span.GetTagItem("nextfunc.middleware.outcome"));
        Assert.Equal(307, span.GetTagItem("http.response.status_code"));
        Assert.Null(span.GetTagItem("http.route"));
        Assert.Null(span.GetTagItem("nextfunc.cache.outcome"));
    }

    [Fact]
    public async Task EntryPastItsRevalidateWindow_IsServedStale()
    {
        Assert.Equal(HttpStatusCode.OK, (await App.Client.GetAsync("/telemetry/isr")).StatusCode);
        // Past the 60 s window and this instance's share of the stale spread (instances do not all go stale in one second).
        Clock.Shift(TimeSpan.FromSeconds(61) + new Nextfunc.Caching.OutputCacheOptions().MaxStaleSpread);
        var (request, trace, _) = TelemetryApp.Traced("/telemetry/isr");
        Assert.Equal(HttpStatusCode.OK, (await App.Client.SendAsync(request)).StatusCode);

        var span = (await Capture.SpansAsync(trace, 2)).Single(s => s.Source.Name == "Nextfunc");
        Assert.Equal("stale", span.GetTagItem("nextfunc.cache.outcome"));
    }

    [Fact]
    public async Task PrerenderedResponseThatCannotBeStored_IsACacheBypass()
    {
        var (request, trace, _) = TelemetryApp.Traced("/telemetry/unavailable");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await App.Client.SendAsync(request)).StatusCode);

        var span = (await Capture.SpansAsync(trace, 2)).Single(s => s.Source.Name == "Nextfunc");
        Assert.Equal("bypass", span.GetTagItem("nextfunc.cache.outcome"));
        Assert.Equal("503", span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task HandlerFailure_MarksTheSpanAsAnError_WithTheStatusAsErrorType()
    {
        var (request, trace, _) = TelemetryApp.Traced("/telemetry/fails");
        Assert.Equal(HttpStatusCode.InternalServerError, (await App.Client.SendAsync(request)).StatusCode);

        var span = (await Capture.SpansAsync(trace, 2)).Single(s => s.Source.Name == "Nextfunc");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("500", span.GetTagItem("error.type"));
        Assert.Equal(500, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task Handler_RunsInsideTheInvocationSpan()
    {
        await App.Client.GetAsync("/telemetry/users/7");

        Assert.Equal("Nextfunc", TelemetryApp.AmbientSource[TelemetryApp.User]);
    }
}
