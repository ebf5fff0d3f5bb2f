namespace Nextfunc.Telemetry;

/// <summary>
/// The names under which Nextfunc reports traces and metrics through <c>System.Diagnostics</c>: one span per
/// function invocation (with the middleware and cache outcomes as events) and the invocation, duration,
/// cache and store-error instruments. Nothing is recorded until an OpenTelemetry SDK (or any
/// <c>ActivityListener</c> / <c>MeterListener</c>) subscribes to these names. See docs/telemetry.md.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(NextfuncTelemetry.ActivitySourceName, "Microsoft.AspNetCore"))
///     .WithMetrics(m => m.AddMeter(NextfuncTelemetry.MeterName))
///     .UseAzureMonitorExporter();
/// </code>
/// </example>
public static class NextfuncTelemetry
{
    /// <summary>The <c>ActivitySource</c> name to pass to <c>AddSource</c>: <c>Nextfunc</c>.</summary>
    /// <example><code>tracing.AddSource(NextfuncTelemetry.ActivitySourceName);</code></example>
    public const string ActivitySourceName = "Nextfunc";

    /// <summary>The <c>Meter</c> name to pass to <c>AddMeter</c>: <c>Nextfunc</c>.</summary>
    /// <example><code>metrics.AddMeter(NextfuncTelemetry.MeterName);</code></example>
    public const string MeterName = "Nextfunc";
}
