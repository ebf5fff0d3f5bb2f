using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Nextfunc.Middleware;
using Nextfunc.Telemetry;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;

namespace Nextfunc.Pipeline;

/// <summary>
/// The one request pipeline, in a fixed order: slash normalisation (308) and routePrefix → the
/// Functions middlewares (<see cref="IFunctionsWorkerMiddleware"/>) → the Next-style middleware
/// (when its matcher matches) → route matching → output cache → the function.
/// On Kestrel (standalone, custom handler) <see cref="InvokeAsync"/> runs all of it; under the
/// isolated worker the worker runs the Functions middlewares and calls <see cref="BeginAsync"/> and
/// <see cref="RunFunctionAsync(HttpContext)"/> around them.
/// </summary>
internal sealed class RequestPipeline
{
    private readonly FunctionAppManifest _manifest;
    private readonly FunctionExecutionDelegate _functionsMiddleware;
    private readonly NextMiddlewareStage _middleware;
    private readonly RouteStage _routes;
    private readonly ILogger _logger;
    private readonly bool _answerReadinessPings;
    private readonly RoutePrefix _prefix;
    private readonly RouteFunctionDefinitions _definitions;
    private readonly long? _maxRequestBodySize;
    private readonly bool _hasFunctionsMiddleware;

    public RequestPipeline(FunctionAppManifest manifest, FunctionsMiddlewarePipeline middlewares, RouteFunctionDefinitions definitions,
        NextMiddlewareStage middleware, RouteStage routes, RoutePrefix prefix, ILogger<RequestPipeline> logger, bool answerReadinessPings,
        long? maxRequestBodySize = null)
    {
        _maxRequestBodySize = maxRequestBodySize;
        _prefix = prefix;
        _manifest = manifest;
        _definitions = definitions;
        _middleware = middleware;
        _routes = routes;
        _logger = logger;
        _answerReadinessPings = answerReadinessPings;
        _functionsMiddleware = middlewares.Build(context => RunFunctionAsync(((HttpFunctionContext)context).HttpContext));
        _hasFunctionsMiddleware = !middlewares.IsEmpty;
    }

    /// <summary>Serves one request on Kestrel: the whole pipeline, Functions middlewares included.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;

        // The Functions host polls GET / until a custom handler answers; keep that cheap and silent.
        if (_answerReadinessPings && request.Path.Value == "/" && HttpMethods.IsGet(request.Method) &&
            !request.Headers.ContainsKey("X-Azure-Functions-InvocationId") && !request.Headers.ContainsKey("x-ms-invocation-id"))
            return;

        if (await BeginAsync(context) is not { } feature)
            return;
        var invocation = InvocationTelemetry.Start(context, this, feature);

        try
        {
            // Without Functions middlewares nobody reads a FunctionContext: no context, and the route is
            // matched once, after the Next-style middleware (which may answer or rewrite first).
            if (_hasFunctionsMiddleware)
                await _functionsMiddleware(new HttpFunctionContext(context, _definitions.For(ResolveFunction(context, feature))));
            else
                await RunFunctionAsync(context, feature);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            FunctionsMiddlewareFailed(context, e);
        }
        catch (Exception)
        {
            // The client went away: not a failure of anything in the app (logged once below, at debug).
        }
        InvocationTelemetry.Stop(invocation, context, started);

        LogInvocation(context, feature, "(no function)", started);
    }

    /// <summary>The one log line per request: Information with the status, or Debug when the client went away.</summary>
    /// <param name="context">The request.</param>
    /// <param name="feature">The request's state; its function names the line.</param>
    /// <param name="fallbackName">The name when no function served the request.</param>
    /// <param name="started">The <see cref="Stopwatch"/> timestamp the invocation began at.</param>
    public void LogInvocation(HttpContext context, RequestState? feature, string fallbackName, long started)
    {
        var aborted = context.RequestAborted.IsCancellationRequested;
        if (!_logger.IsEnabled(aborted ? LogLevel.Debug : LogLevel.Information))
            return; // the path is cut out of the request-target only for a line that is written
        var functionName = feature?.FunctionName ?? fallbackName;
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (aborted)
            PipelineLog.Aborted(_logger, functionName, context.Request.Method, NextRequest.RawPath(context), elapsed);
        else
            PipelineLog.Invocation(_logger, functionName, context.Request.Method, NextRequest.RawPath(context), context.Response.StatusCode, elapsed);
    }

    /// <summary>
    /// What runs before any Functions middleware: the slash 308, the routePrefix, stripping framework
    /// headers a client sent, and the per-request state, which it returns. Null when the request is already answered.
    /// </summary>
    public async ValueTask<RequestState?> BeginAsync(HttpContext context)
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
        if (SlashRedirect.GetLocation(rawPath, rawQuery.Length > 0 ? rawQuery[1..] : null) is { } location)
        {
            await WriteSlashRedirectAsync(context, location);
            return null;
        }

        // A "#" fragment in the target is not part of the path (Node's url.parse); only the slash check above sees it.
        if (!_prefix.TryStrip(WhatwgUrl.WithoutFragment(rawPath), out var routedPath))
        {
            // Outside host.json's routePrefix no function exists, as under the Functions host.
            await NotFoundPage.WriteAsync(context);
            return null;
        }

        InternalHeaders.Strip(request.Headers);
        // Nextfunc:MaxRequestBodySize, in every mode (the worker's Kestrel too); a larger body is answered 413.
        if (_maxRequestBodySize is { } limit && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        var feature = new RequestState(routedPath, rawQuery);
        context.Features.Set(feature);
        return feature;
    }

    /// <summary>The function the requested path and method resolve to before any rewrite; null when routing answers itself (404, 405, OPTIONS).</summary>
    public RouteFunction? ResolveFunction(HttpContext context, RequestState feature)
    {
        feature.Resolve(_manifest.Table, out var match);
        return match is not null && MethodResolution.TryParseVerb(context.Request.Method, out var verb)
            ? MethodResolution.Resolve(match.Route, verb).Function
            : null;
    }

    /// <summary>What a function runs, in every mode: the Next-style middleware, then routing, the output cache and the handler.</summary>
    public Task RunFunctionAsync(HttpContext context) =>
        RunFunctionAsync(context, context.Features.GetRequiredFeature<RequestState>());

    // The state travels as an argument: a feature lookup is a generic interface call, on every request.
    private async Task RunFunctionAsync(HttpContext context, RequestState feature)
    {
        if (_manifest.Middleware is not null && !await _middleware.RunAsync(context, _manifest.Middleware, feature))
            return; // the middleware answered
        await _routes.ServeAsync(context, feature);
    }

    /// <summary>
    /// A Functions middleware threw (the stages inside handle their own failures). Before the response
    /// started: a 500 with an empty body, as for a throwing handler. After it started (the function
    /// already wrote its answer): log, and let that response complete instead of dropping the connection.
    /// </summary>
    public void FunctionsMiddlewareFailed(HttpContext context, Exception exception)
    {
        PipelineLog.FunctionsMiddlewareThrew(_logger, exception, context.Request.Method, NextRequest.RawPath(context), context.Response.HasStarted);
        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    // U+0000 to U+001F and DEL.
    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), '\u007f']);

    private static Task WriteSlashRedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = location;
        context.Response.Headers["Refresh"] = "0;url=" + location;
        return context.Response.WriteAsync(location);
    }
}
