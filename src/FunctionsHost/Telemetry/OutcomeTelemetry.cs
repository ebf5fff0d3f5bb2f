using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Serverless.FunctionsHost.Caching;
using Serverless.FunctionsHost.Pipeline;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Telemetry;

/// <summary>
/// What the stages decided for a request, as events on the invocation span (in order, so a rewrite chain reads as
/// one event per middleware run) and as the span's last-value attributes that backends filter on.
/// </summary>
internal static class OutcomeTelemetry
{
    public const string Next = "next";
    public const string Rewrite = "rewrite";
    public const string Redirect = "redirect";
    public const string Respond = "respond";
    public const string Error = "error";

    /// <summary>Records one run of the Next-style middleware: <c>next</c>, <c>rewrite</c>, <c>redirect</c>, <c>respond</c> or <c>error</c>.</summary>
    public static void Middleware(HttpContext context, string outcome)
    {
        if (SpanOf(context) is { } span)
            Add(span, TelemetryNames.MiddlewareEvent, TelemetryNames.MiddlewareOutcome, outcome);
    }

    /// <summary>
    /// Records what the output cache did for a prerendered request: hit, stale, miss, or bypass when the rendered
    /// response could not be stored (not a 200, or it sets a cookie) and was served as rendered.
    /// </summary>
    public static void Cache(HttpContext context, RouteEntry route, CacheResult result)
    {
        var span = SpanOf(context);
        if (span is null && !Instrumentation.CacheOutcomes.Enabled)
            return;

        var outcome = result.Outcome switch
        {
            CacheOutcome.Hit => "hit",
            CacheOutcome.Stale => "stale",
            _ => result.Response.ETag is null ? "bypass" : "miss", // only a stored response carries an ETag
        };
        if (span is not null)
            Add(span, TelemetryNames.CacheEvent, TelemetryNames.CacheOutcome, outcome);
        Instrumentation.CacheOutcomes.Add(1,
            new KeyValuePair<string, object?>(TelemetryNames.CacheOutcome, outcome),
            new KeyValuePair<string, object?>(TelemetryNames.HttpRoute, route.Pattern.Text));
    }

    /// <summary>Counts a store call that failed (<c>error.type</c> is the exception type) or timed out (<c>timeout</c>).</summary>
    public static void StoreError(string operation, Exception? exception)
    {
        if (!Instrumentation.StoreErrors.Enabled)
            return;
        Instrumentation.StoreErrors.Add(1,
            new KeyValuePair<string, object?>(TelemetryNames.StoreOperation, operation),
            new KeyValuePair<string, object?>(TelemetryNames.ErrorType, exception is null or TimeoutException ? "timeout" : exception.GetType().FullName));
    }

    // Only a recorded span: a sampled-out one would throw the event away.
    private static Activity? SpanOf(HttpContext context) =>
        Instrumentation.Source.HasListeners() && context.Features.Get<ServerlessFeature>()?.Invocation is { IsAllDataRequested: true } span ? span : null;

    private static void Add(Activity span, string eventName, string attribute, string outcome)
    {
        span.SetTag(attribute, outcome);
        span.AddEvent(new ActivityEvent(eventName, tags: new ActivityTagsCollection { { attribute, outcome } }));
    }
}
