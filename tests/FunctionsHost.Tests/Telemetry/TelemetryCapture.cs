using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serverless.FunctionsHost.Telemetry;

namespace Serverless.FunctionsHost.Tests.Telemetry;

/// <summary>
/// The OpenTelemetry SDK as an app would configure it, exporting to memory: spans of the Nextfunc source (and of
/// ASP.NET Core's, unless told not to) and the Nextfunc meter. Listeners are process-wide, so tests pick their
/// own spans by trace id and their own metric points by a route only they serve.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly List<Activity> _spans = [];
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
            List<Activity> found;
            lock (_spans)
                found = _spans.Where(s => s.TraceId == trace).ToList();
            if (found.Count >= count || attempt == 500)
                return found;
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

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }
}
