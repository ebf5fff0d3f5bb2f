using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Nextfunc.FunctionApp;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using Nextfunc.Telemetry;

namespace Nextfunc.Pipeline;

/// <summary>
/// The one request pipeline, in a fixed order: slash normalisation (308) and routePrefix → the Functions middlewares
/// (<c>IFunctionsWorkerMiddleware</c>, run by the hosting mode) → the app's <c>middleware.cs</c> (when its matcher
/// matches) → route matching → output cache → the function. Every hosting mode enters through
/// <see cref="InvokeAsync{THost}"/>, which also reports the invocation (span, metrics, the log line).
/// </summary>
internal sealed class RequestPipeline(
    FunctionAppManifest manifest, MiddlewareStage middleware, RouteStage routes, ConfigStage config, RoutePrefix prefix,
    AfterResponse after, ILogger<RequestPipeline> logger, long? maxRequestBodySize,
    LogLevel requestLogLevel = LogLevel.Information)
{
    /// <summary>
    /// Serves one request: what runs before any Functions middleware, then <paramref name="host"/>'s Functions
    /// middlewares around <see cref="RunFunctionAsync"/>, then the invocation's telemetry and log line. A Functions
    /// middleware that throws answers 500 (the stages inside handle their own failures).
    /// </summary>
    public async Task InvokeAsync<THost>(HttpContext context, THost host) where THost : IHostInvocation
    {
        var started = Stopwatch.GetTimestamp();
        var invoked = host.InvokedFunction;
        var invocation = invoked is null ? default : InvocationTelemetry.Start(context, invoked, host.InvocationId, host.HostTrace);
        var state = await BeginAsync(context);
        if (state is not null)
        {
            if (host.ClientOrigin(context.Request) is { } origin)
                context.Features.Set(new RequestOriginFeature(origin));
            if (host.BehindFunctionsHost)
                state.HostCheckedLevel = CheckedLevel(context, state, invoked);
        }
        if (state is null && invoked is null)
            return; // answered before any function, as the Functions host answers it itself
        if (state is not null)
        {
            if (invoked is null && InvocationTelemetry.Enabled)
                invocation = InvocationTelemetry.Start(context, FunctionNameFor(context, state), host.InvocationId, hostTrace: null);
            try
            {
                await host.RunAsync(context, state);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                FunctionsMiddlewareFailed(context, e);
            }
            catch (Exception)
            {
                // The client went away: nothing in the app failed (logged once below, at debug).
            }
        }
        if (invocation.FunctionName is not null)
            InvocationTelemetry.Stop(invocation, context, started, state is null ? null : ServedRoute(state), state?.FunctionName);
        LogInvocation(context, state?.FunctionName ?? invoked ?? "(no function)", started);
        if (state is not null && context.Features.Get<AfterWork>() is { } work)
            await after.RunAsync(context, work, ServedRoute(state)?.Config.MaxDuration, started); // the invocation ends with it
    }

    /// <summary>
    /// What a function runs, in every mode: <c>next.config.cs</c>'s redirects and headers, the app's middleware, then routing
    /// (with the config's rewrites), the output cache and the handler.
    /// </summary>
    public async Task RunFunctionAsync(HttpContext context, RequestState state)
    {
        if (manifest.Config is { } rules && !await config.RunAsync(context, rules, state))
            return; // a config redirect answered
        if (manifest.Middleware is not null && !await middleware.RunAsync(context, manifest.Middleware, state))
            return; // the middleware answered
        await routes.ServeAsync(context, state);
    }

    /// <summary>The function the requested path and method resolve to before any rewrite; null when routing answers itself (404, 405, OPTIONS).</summary>
    public RouteFunction? ResolveFunction(HttpContext context, RequestState state)
    {
        state.Resolve(manifest.Table, out var match);
        return match is not null && MethodResolution.TryParseVerb(context.Request.Method, out var verb)
            ? MethodResolution.Resolve(match.Route, verb).Function
            : null;
    }

    // The level of the function the host invoked: named by the worker; a custom handler's is the one the host's routing picks
    // for the path as requested, which is ours before any rewrite (the plan gives the host the same routes, in our order).
    private string CheckedLevel(HttpContext context, RequestState state, string? invoked)
    {
        if (invoked is null)
        {
            state.Resolve(manifest.Table, out var match);
            return match?.Route.Config.AuthLevel ?? "anonymous";
        }
        return _levels.TryGetValue(invoked, out var level) ? level : "anonymous"; // the fallback function is anonymous
    }

    // trailingSlash: true turns the slash redirect around (to the path with its "/"); skipTrailingSlashRedirect turns it off.
    private readonly TrailingSlash _trailingSlash = manifest.Config switch
    {
        { SkipTrailingSlashRedirect: true } => TrailingSlash.Keep,
        { TrailingSlash: true } => TrailingSlash.Always,
        _ => TrailingSlash.Never,
    };

    private readonly Dictionary<string, string> _levels = manifest.Functions.ToDictionary(f => f.Function.Name, f => f.Route.Config.AuthLevel, StringComparer.OrdinalIgnoreCase);

    private string FunctionNameFor(HttpContext context, RequestState state) => ResolveFunction(context, state)?.Name ?? FunctionAppPlan.FallbackName;

    // The route that served the response (after an in-process rewrite, the target's): the route pattern of the span and metrics.
    private RouteEntry? ServedRoute(RequestState state)
    {
        state.Resolve(manifest.Table, out var match);
        return match?.Route;
    }

    /// <summary>
    /// What runs before any Functions middleware: the slash 308, the routePrefix, stripping framework headers a client
    /// sent, and the per-request state, which it returns. Null when the request is already answered.
    /// </summary>
    private async ValueTask<RequestState?> BeginAsync(HttpContext context)
    {
        var request = context.Request;
        var rawPath = NextRequest.RawPath(context);
        var rawQuery = request.QueryString.Value ?? "";
        if (rawPath.AsSpan().ContainsAny(ControlCharacters) || rawQuery.AsSpan().ContainsAny(ControlCharacters))
        {
            // Kestrel lets a raw tab or other control character through in the request-target; Node's parser
            // (and RFC 9112) refuse it: 400, empty, and the connection closed, before anything else runs.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.Headers.Connection = "close";
            return null;
        }
        if (SlashRedirect.GetLocation(rawPath, rawQuery.Length > 0 ? rawQuery[1..] : null, _trailingSlash) is { } location)
        {
            await WriteSlashRedirectAsync(context, location);
            return null;
        }

        // A "#" fragment in the target is not part of the path (Node's url.parse); only the slash check above sees it.
        if (!prefix.TryStrip(WhatwgUrl.WithoutFragment(rawPath), out var routedPath))
        {
            // Outside host.json's routePrefix no function exists, as under the Functions host.
            await NotFoundPage.WriteAsync(context);
            return null;
        }

        InternalHeaders.Strip(request.Headers);
        // Nextfunc:MaxRequestBodySize, in every mode (the worker's Kestrel too); a larger body is answered 413.
        if (maxRequestBodySize is { } limit && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        var state = new RequestState(routedPath, manifest.Config?.BasePath ?? "");
        if (manifest.Config is { BasePath.Length: > 0 } basePath)
            context.Features.Set(new RequestBasePathFeature(basePath.BasePath)); // NextUrl.BasePath, and a Pathname without it
        context.Features.Set(state);
        return state;
    }

    /// <summary>
    /// The one log line per request, at <c>requestLogLevel</c> with the status (Information or Debug, by mode and
    /// <c>Nextfunc:RequestLog</c>), or Debug when the client went away.
    /// </summary>
    private void LogInvocation(HttpContext context, string functionName, long started)
    {
        var aborted = context.RequestAborted.IsCancellationRequested;
        if (!logger.IsEnabled(aborted ? LogLevel.Debug : requestLogLevel))
            return; // the path is cut out of the request-target only for a line that is written
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (aborted)
            PipelineLog.Aborted(logger, functionName, context.Request.Method, NextRequest.RawPath(context), elapsed);
        else
            PipelineLog.Invocation(logger, requestLogLevel, functionName, context.Request.Method, NextRequest.RawPath(context), context.Response.StatusCode, elapsed);
    }

    /// <summary>
    /// A Functions middleware threw. Before the response started: a 500 with an empty body, as for a throwing handler.
    /// After it started (the function already wrote its answer): log, and let that response complete instead of dropping the connection.
    /// </summary>
    private void FunctionsMiddlewareFailed(HttpContext context, Exception exception)
    {
        PipelineLog.FunctionsMiddlewareThrew(logger, exception, context.Request.Method, NextRequest.RawPath(context), context.Response.HasStarted);
        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    // U+0000 to U+001F and DEL.
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), '\u007f']);

    private static Task WriteSlashRedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = location;
        context.Response.Headers["Refresh"] = "0;url=" + location;
        return context.Response.WriteAsync(location);
    }
}
