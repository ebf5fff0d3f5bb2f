using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// Under the isolated worker, Nextfunc's invocation span is the child of the worker's own invocation span, which
/// continues the trace context the host sent: one trace from the caller down to the route function. The sample app
/// prints its spans with the OpenTelemetry console exporter; the test reads them from the worker's output.
/// </summary>
[Collection(SampleWorkerCollection.Name)]
[Trait("Category", "Functional")]
public sealed partial class SampleAppWorkerTelemetryTests(SampleWorker app)
{
    [Fact]
    public async Task TheInvocationSpan_IsTheChildOfTheWorkersInvocationSpan_InTheCallersTrace()
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/products");
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await app.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}\n{app.Log}");

        // The worker's span ends after ours, its child: wait for both.
        var spans = await SpansAsync(trace, found => found.Any(s => s.Scope == "Nextfunc") && found.Any(s => s.Scope == "Microsoft.Azure.Functions.Worker"));
        var ours = Assert.Single(spans, s => s.Scope == "Nextfunc");
        var worker = Assert.Single(spans, s => s.Scope == "Microsoft.Azure.Functions.Worker");
        Assert.Equal(worker.SpanId, ours.ParentSpanId);
        Assert.Equal("Internal", ours.Kind);
        Assert.Equal("Server", worker.Kind); // the worker's default (1.17) schema: its span is the invocation's server span
        Assert.Contains("http.route: /api/products", ours.Text);
        Assert.Contains("faas.trigger: http", ours.Text);
    }

    private sealed record Span(string SpanId, string ParentSpanId, string Kind, string Scope, string Text);

    // The console exporter prints one block per span, starting with its trace id; the worker may print it just
    // after the response went out.
    private async Task<IReadOnlyList<Span>> SpansAsync(ActivityTraceId trace, Func<IReadOnlyList<Span>, bool> until)
    {
        for (var attempt = 0; ; attempt++)
        {
            var spans = app.Host.Output.Split("Activity.TraceId:").Skip(1)
                .Where(block => block.TrimStart().StartsWith(trace.ToHexString(), StringComparison.Ordinal))
                .Select(block => new Span(Field(block, "Activity.SpanId"), Field(block, "Activity.ParentSpanId"), Field(block, "Activity.Kind"),
                    ScopeName().Match(block).Groups[1].Value, block))
                .ToList();
            if (until(spans) || attempt == 250)
                return spans;
            await Task.Delay(20);
        }
    }

    private static string Field(string block, string name) =>
        Regex.Match(block, Regex.Escape(name) + @":\s*(\S+)").Groups[1].Value;

    [GeneratedRegex(@"Instrumentation scope \(ActivitySource\):\s*Name:\s*(\S+)")]
    private static partial Regex ScopeName();
}
