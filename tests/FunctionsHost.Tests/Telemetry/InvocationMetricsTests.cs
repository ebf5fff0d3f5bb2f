using System.Diagnostics.Metrics;
using Nextfunc.Tests.Shared.Apps;
using OpenTelemetry.Metrics;

namespace Nextfunc.Tests.Telemetry;

/// <summary>The Nextfunc meter over a real socket: invocations, their duration and the cache outcomes, by route.</summary>
[Collection(TelemetryCollection.Name)]
[Trait("Category", "Functional")]
public sealed class InvocationMetricsTests : IAsyncLifetime
{
    private static readonly KeyValuePair<string, object?> CachedRoute = new("http.route", "/telemetry/cached");
    private static readonly KeyValuePair<string, object?> FailingRoute = new("http.route", "/telemetry/fails");
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(TelemetryApp.Manifest());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CachedRoute_MissThenHit_CountsTwoInvocations_TwoDurations_AndOneOfEachCacheOutcome()
    {
        using var capture = new TelemetryCapture();
        await _app.Client.GetAsync("/telemetry/cached");
        await _app.Client.GetAsync("/telemetry/cached");

        var invocations = Assert.Single(await PointsAsync(capture, "faas.invocations", CachedRoute, expectedSum: 2));
        Assert.Equal(2, invocations.GetSumLong());
        var tags = TelemetryCapture.Tags(invocations);
        Assert.Equal("http", tags["faas.trigger"]);
        Assert.Equal(TelemetryApp.Cached, tags["faas.name"]);
        Assert.Equal("GET", tags["http.request.method"]);
        Assert.Equal(200, tags["http.response.status_code"]);
        Assert.False(tags.ContainsKey("error.type"));

        var duration = Assert.Single(capture.Points("faas.invoke_duration", CachedRoute));
        Assert.Equal(2, duration.GetHistogramCount());
        Assert.True(duration.GetHistogramSum() > 0);

        var outcomes = capture.Points("nextfunc.cache.outcomes", CachedRoute)
            .ToDictionary(p => (string)TelemetryCapture.Tags(p)["nextfunc.cache.outcome"]!, p => p.GetSumLong());
        Assert.Equal(new Dictionary<string, long> { ["miss"] = 1, ["hit"] = 1 }, outcomes);
    }

    [Fact]
    public async Task FailedInvocation_IsCountedWithItsStatusAsErrorType()
    {
        using var capture = new TelemetryCapture();
        await _app.Client.GetAsync("/telemetry/fails");

        var point = Assert.Single(await PointsAsync(capture, "faas.invocations", FailingRoute, expectedSum: 1));
        Assert.Equal("500", TelemetryCapture.Tags(point)["error.type"]);
        Assert.Equal(500, TelemetryCapture.Tags(point)["http.response.status_code"]);
    }

    [Fact]
    public async Task WithAMeterListenerOnly_InvocationsAreCounted_ButNoSpanIsStarted()
    {
        long counted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Nextfunc" && instrument.Name == "faas.invocations")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "http.route" && tag.Value is "/telemetry/users/[id]")
                    Interlocked.Add(ref counted, value);
        });
        listener.Start();

        await _app.Client.GetAsync("/telemetry/users/no-tracing");
        await WaitUntilAsync(() => Interlocked.Read(ref counted) == 1);

        Assert.Equal(1, Interlocked.Read(ref counted));
        Assert.NotEqual("Nextfunc", TelemetryApp.AmbientSource[TelemetryApp.User]);
    }

    // The server records an invocation when it has finished the request, which can be just after the client read it.
    private static async Task<IReadOnlyList<MetricPoint>> PointsAsync(TelemetryCapture capture, string instrument, KeyValuePair<string, object?> route, long expectedSum)
    {
        IReadOnlyList<MetricPoint> points = [];
        await WaitUntilAsync(() => (points = capture.Points(instrument, route)).Sum(p => p.GetSumLong()) >= expectedSum);
        return points;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 500 && !condition(); attempt++)
            await Task.Delay(20);
    }
}
