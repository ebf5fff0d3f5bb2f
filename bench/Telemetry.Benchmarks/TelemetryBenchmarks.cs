using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Invocation;
using Nextfunc.Pipeline;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;

namespace Nextfunc.Telemetry.Benchmarks;

/// <summary>
/// One request through <see cref="KestrelEntry.InvokeAsync"/> along the instrumented path: the middleware runs
/// and passes on, then the output cache answers a hit. <c>off</c> is production without an OpenTelemetry SDK (the
/// cost the ≤ 2% target is about); <c>metrics</c> and <c>traces</c> attach bare listeners, so the numbers are the
/// instrumentation's own cost, without any exporter. Listeners are found by name, not through telemetry types, so
/// this file also builds against a commit without telemetry: run it there for the uninstrumented baseline.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private const string Path = "/docs/intro";
    private static readonly NextResponse Body = NextResponse.Text("cached");

    private KestrelEntry _pipeline = null!;
    private IServiceProvider _services = null!;
    private ActivityListener? _traces;
    private MeterListener? _metrics;

    /// <summary><c>off</c>: nobody listens; <c>metrics</c>: a MeterListener on the Nextfunc meter; <c>traces</c>: that plus an ActivityListener recording every span.</summary>
    [Params("off", "metrics", "traces")]
    public string Listener { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var middleware = new MiddlewareDefinition("middleware.cs", _ => true, (_, _) => ValueTask.FromResult<NextResponse?>(NextResponse.Next()));
        var route = new RouteEntry(RoutePattern.Parse("/docs/[slug]"), RouteFileKind.Route, "app/docs/[slug]/route.cs",
            new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, [new RouteFunction("r12_docs_slug_GET", HttpVerb.GET, (_, _) => new(Body))]);
        var manifest = new FunctionAppManifest([route], middleware, "bench");

        _services = BenchPipeline.Services(manifest, configuration => configuration["Nextfunc:Cache:Store"] = "memory");
        _pipeline = _services.GetRequiredService<KestrelEntry>();

        if (Listener != "off")
        {
            _metrics = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == "Nextfunc")
                        listener.EnableMeasurementEvents(instrument);
                },
            };
            _metrics.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
            _metrics.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
            _metrics.Start();
        }
        if (Listener == "traces")
        {
            _traces = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Nextfunc",
                Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_traces);
        }

        // The first request renders and stores; every measured one is a cache hit.
        for (var i = 0; i < 2; i++)
        {
            var check = NewContext();
            _pipeline.InvokeAsync(check).GetAwaiter().GetResult();
            if (check.Response.StatusCode != 200)
                throw new InvalidOperationException($"Unexpected status {check.Response.StatusCode} for {Listener}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _traces?.Dispose();
        _metrics?.Dispose();
    }

    [Benchmark]
    public Task InvokeAsync() => _pipeline.InvokeAsync(NewContext());

    private DefaultHttpContext NewContext() => BenchPipeline.Get(_services, Path);
}
