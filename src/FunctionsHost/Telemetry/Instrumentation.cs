using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Nextfunc.Telemetry;

/// <summary>
/// The process-wide <see cref="ActivitySource"/> and <see cref="Meter"/> and their instruments. Static, like the
/// sources of ASP.NET Core and the Functions worker: listeners subscribe by name, and an instrument nobody listens
/// to costs one field read per request.
/// </summary>
internal static class Instrumentation
{
    private static readonly string? Version = typeof(Instrumentation).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(NextfuncTelemetry.ActivitySourceName, Version);

    public static readonly Meter Meter = new(NextfuncTelemetry.MeterName, Version);

    public static readonly Counter<long> Invocations = Meter.CreateCounter<long>(
        TelemetryNames.InvocationsInstrument, "{invocation}", "Function invocations, by function, route, method and status.");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram(
        TelemetryNames.DurationInstrument, "s", "Time from the start of a function invocation to its response, in seconds.",
        tags: null,
        // The HTTP server duration buckets of the semantic conventions: the SDK default buckets are milliseconds.
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });

    public static readonly Counter<long> CacheOutcomes = Meter.CreateCounter<long>(
        TelemetryNames.CacheOutcomesInstrument, "{request}", "Prerendered requests by what the output cache did: hit, stale, miss or bypass.");

    public static readonly Counter<long> StoreErrors = Meter.CreateCounter<long>(
        TelemetryNames.StoreErrorsInstrument, "{error}", "Cache store calls that failed or timed out; the request was served without the store.");
}
