using System.Diagnostics;
using Nextfunc.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// The OpenTelemetry SDK as an app would configure it, exporting to memory: spans of the Nextfunc source (and of
/// ASP.NET Core's, unless told not to) and the Nextfunc meter. Listeners are process-wide, so tests pick their
/// own spans by trace id and their own metric points by a route only they serve.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly SpanSink _spans = new();
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;

    public TelemetryCapture(bool withAspNetCore = true)
    {
        var tracing = Sdk.CreateTracerProviderBuilder().AddSource(NextfuncTelemetry.ActivitySourceName);
        if (withAspNetCore)
            tracing.AddSource("Microsoft.AspNetCore");
        _tracer = tracing.AddInMemoryExporter(_spans).Build()!;
        _meter = Sdk.CreateMeterProviderBuilder().AddMeter(NextfuncTelemetry.MeterName).AddInMemoryExporter(_metrics).Build()!;
    }

    /// <summary>
    /// The finished spans of <paramref name="trace"/> once there are <paramref name="count"/> of them: a span ends
    /// when the server finishes the request, which can be just after the client has read the response.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SpansAsync(ActivityTraceId trace, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = _spans.Matching(s => s.TraceId == trace);
            if (found.Count >= count || attempt == 500)
                return found;
            await Task.Delay(20);
        }
    }

    /// <summary>The first finished span that satisfies <paramref name="match"/>, or null when none did within seconds.</summary>
    public async Task<Activity?> SpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (_spans.Matching(match).FirstOrDefault() is { } found)
                return found;
            if (attempt == 500)
                return null;
            await Task.Delay(20);
        }
    }

    /// <summary>The points of <paramref name="instrument"/> whose tags include <paramref name="tag"/>, as of now.</summary>
    public IReadOnlyList<MetricPoint> Points(string instrument, KeyValuePair<string, object?> tag)
    {
        _metrics.Clear();
        _meter.ForceFlush();
        var snapshot = _metrics.LastOrDefault(m => m.Name == instrument);
        return snapshot is null ? [] : snapshot.MetricPoints.Where(p => Tags(p).Contains(tag)).ToList();
    }

    public static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
            tags[tag.Key] = tag.Value;
        return tags;
    }

    // The SDK exports each span on the thread that ends it, while a test reads.
    private sealed class SpanSink : System.Collections.ObjectModel.Collection<Activity>
    {
        public List<Activity> Matching(Func<Activity, bool> match)
        {
            lock (Items)
                return Items.Where(match).ToList();
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (Items)
                base.InsertItem(index, item);
        }
    }

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }
}
