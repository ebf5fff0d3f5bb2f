using System.Diagnostics;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Telemetry;

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
    public static void Middleware(string outcome)
    {
        if (CurrentInvocation() is { } span)
            Add(span, TelemetryNames.MiddlewareEvent, TelemetryNames.MiddlewareOutcome, outcome);
    }

    /// <summary>
    /// Records what the output cache did for a prerendered request of <paramref name="route"/>: <c>hit</c>, <c>stale</c>,
    /// <c>miss</c>, or <c>bypass</c> when the rendered response could not be stored (not a 200, or it sets a cookie).
    /// </summary>
    public static void Cache(RouteEntry route, string outcome)
    {
        var span = CurrentInvocation();
        if (span is null && !Instrumentation.CacheOutcomes.Enabled)
            return;

        if (span is not null)
            Add(span, TelemetryNames.CacheEvent, TelemetryNames.CacheOutcome, outcome);
        Instrumentation.CacheOutcomes.Add(1,
            new KeyValuePair<string, object?>(TelemetryNames.CacheOutcome, outcome),
            new KeyValuePair<string, object?>(TelemetryNames.HttpRoute, route.Pattern.Text));
    }

    /// <summary>
    /// Counts a store call that failed (<c>error.type</c> is the exception type) or timed out (<c>timeout</c>). Returns
    /// false, so it can run as an exception filter in front of the guard's own handling.
    /// </summary>
    public static bool StoreFailed(string operation, Exception exception)
    {
        if (Instrumentation.StoreErrors.Enabled)
            Instrumentation.StoreErrors.Add(1,
                new KeyValuePair<string, object?>(TelemetryNames.StoreOperation, operation),
                new KeyValuePair<string, object?>(TelemetryNames.ErrorType, exception is TimeoutException ? "timeout" : exception.GetType().FullName));
        return false;
    }

    /// <summary>
    /// The invocation span the stage runs in, when it is recorded: the nearest Nextfunc span up from the current
    /// activity, so a span the app's own Functions middleware opened around the function does not hide it.
    /// </summary>
    private static Activity? CurrentInvocation()
    {
        if (!Instrumentation.Source.HasListeners())
            return null;
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
            if (ReferenceEquals(activity.Source, Instrumentation.Source))
                return activity.IsAllDataRequested ? activity : null;
        return null;
    }

    private static void Add(Activity span, string eventName, string attribute, string outcome)
    {
        span.SetTag(attribute, outcome);
        span.AddEvent(new ActivityEvent(eventName, tags: new ActivityTagsCollection { { attribute, outcome } }));
    }
}
