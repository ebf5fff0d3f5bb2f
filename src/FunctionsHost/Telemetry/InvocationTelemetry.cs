using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Telemetry;

/// <summary>
/// The span and the metrics of one function invocation, following the FaaS and HTTP server semantic conventions.
/// The span is named after the function (<c>faas.name</c>) and is the child of whatever span the process already
/// opened for the request: ASP.NET Core's on Kestrel, the worker's <c>Invoke</c> span under the isolated worker. That
/// span is the SERVER span (one per request, so Azure Monitor shows one request); ours is INTERNAL. Only when no span
/// exists (nobody listens to the server's source) is ours the SERVER span, continuing the caller's traceparent.
/// </summary>
internal static class InvocationTelemetry
{
    /// <summary>The isolated worker's source; its <c>Invoke</c> span wraps every function invocation.</summary>
    public const string WorkerSourceName = "Microsoft.Azure.Functions.Worker";

    /// <summary>
    /// Starts the invocation of <paramref name="functionName"/>: under the worker, the invocation the host sent, with its
    /// id and trace context (<paramref name="hostTrace"/>); on Kestrel, the function the host would invoke for the
    /// request's path and method (no host trace). Default when nobody listens.
    /// </summary>
    public static TrackedInvocation Start(HttpContext context, string functionName, string? invocationId, TraceContext? hostTrace)
    {
        if (!Enabled)
            return default;
        return new(StartSpan(context, functionName, invocationId, hostTrace), functionName);
    }

    /// <summary>
    /// Ends the span and records <c>faas.invocations</c> and <c>faas.invoke_duration</c>. <paramref name="servedRoute"/> is
    /// the route that served the response (after an in-process rewrite, the target's), <paramref name="servingFunction"/>
    /// the function that ran, when one did.
    /// </summary>
    public static void Stop(TrackedInvocation invocation, HttpContext context, long started, RouteEntry? servedRoute, string? servingFunction)
    {
        if (invocation.FunctionName is not { } functionName)
            return; // nobody listened when the invocation started

        var status = context.Response.StatusCode;
        var method = HttpMethod(context.Request.Method);
        var route = servedRoute?.Pattern.Text;
        if (invocation.Span is { } activity)
        {
            activity.SetTag(TelemetryNames.HttpResponseStatusCode, StatusValue(status));
            if (route is not null)
                activity.SetTag(TelemetryNames.HttpRoute, route);
            if (servingFunction is not null && servingFunction != functionName)
                activity.SetTag(TelemetryNames.RewrittenTo, servingFunction);
            if (status >= StatusCodes.Status500InternalServerError)
            {
                activity.SetTag(TelemetryNames.ErrorType, StatusText(status));
                activity.SetStatus(ActivityStatusCode.Error);
            }
            NameServerSpan(activity.Parent, method, route);
            activity.Stop();
        }

        var tags = new TagList
        {
            { TelemetryNames.FaasTrigger, "http" },
            { TelemetryNames.FaasName, functionName },
            { TelemetryNames.HttpRequestMethod, method },
            { TelemetryNames.HttpResponseStatusCode, StatusValue(status) },
        };
        if (route is not null)
            tags.Add(TelemetryNames.HttpRoute, route);
        if (status >= StatusCodes.Status500InternalServerError)
            tags.Add(TelemetryNames.ErrorType, StatusText(status));
        Instrumentation.Invocations.Add(1, tags);
        Instrumentation.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>One field read each when nobody listens.</summary>
    public static bool Enabled =>
        Instrumentation.Source.HasListeners() || Instrumentation.Invocations.Enabled || Instrumentation.Duration.Enabled;

    private static Activity? StartSpan(HttpContext context, string functionName, string? invocationId, TraceContext? host)
    {
        if (!Instrumentation.Source.HasListeners())
            return null;

        var kind = ActivityKind.Internal;
        ActivityContext parent = default;
        var ambient = Activity.Current;
        if (!HasRecordedParent(ambient, host is not null))
        {
            kind = ActivityKind.Server;
            parent = host is not null ? ParseOrDefault(host.TraceParent, host.TraceState) : ExtractFromHeaders(context.Request.Headers);
            // Without a caller's context StartActivity would fall back to the ambient activity as the parent.
            Activity.Current = null;
        }

        var activity = Instrumentation.Source.StartActivity(functionName, kind, parent,
        [
            new(TelemetryNames.FaasTrigger, "http"),
            new(TelemetryNames.FaasName, functionName),
            new(TelemetryNames.HttpRequestMethod, HttpMethod(context.Request.Method)),
        ]);
        if (activity is null)
        {
            Activity.Current = ambient; // sampled out: logs keep correlating with whatever the server keeps
            return null;
        }
        activity.SetTag(TelemetryNames.FaasInvocationId, invocationId);
        return activity;
    }

    /// <summary>
    /// Under the worker, only the worker's invocation span is a parent: the ambient activity may be an unrelated
    /// long-lived one (the gRPC stream's). On Kestrel, a span from a named source is (ASP.NET Core's, when its source
    /// is listened to); the nameless activity ASP.NET Core keeps when nobody listens is never exported, so a child of
    /// it would point at a span no backend has; ours continues the caller's traceparent instead.
    /// </summary>
    private static bool HasRecordedParent(Activity? ambient, bool underWorker) => underWorker
        ? ambient?.Source.Name == WorkerSourceName
        : ambient is { Source.Name.Length: > 0 };



    /// <summary>
    /// ASP.NET Core names its span after the method alone when no endpoint routing ran (ours never does): give it
    /// the route, as endpoint routing would, so Azure Monitor groups requests by route file rather than by URL.
    /// </summary>
    private static void NameServerSpan(Activity? server, string method, string? route)
    {
        if (route is null || server is not { OperationName: TelemetryNames.AspNetCoreRequestActivity, IsAllDataRequested: true } ||
            server.GetTagItem(TelemetryNames.HttpRoute) is not null)
            return;
        server.SetTag(TelemetryNames.HttpRoute, route);
        server.DisplayName = method + " " + route;
    }

    private static ActivityContext ExtractFromHeaders(IHeaderDictionary headers)
    {
        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers, static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
        {
            values = null;
            value = ((IHeaderDictionary)carrier!).TryGetValue(name, out var found) ? found.ToString() : null;
        }, out var traceParent, out var traceState);
        return ParseOrDefault(traceParent, traceState);
    }

    private static ActivityContext ParseOrDefault(string? traceParent, string? traceState) =>
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var parsed) ? parsed : default;


    // The semantic conventions bound the method's cardinality: unknown methods are reported as _OTHER.
    private static string HttpMethod(string method) => HttpMethods.GetCanonicalizedValue(method) switch
    {
        var known when ReferenceEquals(known, HttpMethods.Get) || ReferenceEquals(known, HttpMethods.Post) ||
                       ReferenceEquals(known, HttpMethods.Put) || ReferenceEquals(known, HttpMethods.Delete) ||
                       ReferenceEquals(known, HttpMethods.Patch) || ReferenceEquals(known, HttpMethods.Head) ||
                       ReferenceEquals(known, HttpMethods.Options) || ReferenceEquals(known, HttpMethods.Trace) ||
                       ReferenceEquals(known, HttpMethods.Connect) => known,
        _ => "_OTHER",
    };

    // Each status code boxed (and each 5xx formatted) once: a tag list would otherwise allocate on every request.
    private static readonly object?[] BoxedStatus = new object?[600];
    private static readonly string?[] ErrorTypes = new string?[100];

    private static object StatusValue(int status) => (uint)status < (uint)BoxedStatus.Length ? BoxedStatus[status] ??= status : status;

    private static string StatusText(int status) => status is >= 500 and < 600
        ? ErrorTypes[status - 500] ??= status.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
