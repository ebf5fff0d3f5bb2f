using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Serverless.FunctionsHost.Middleware;
using Serverless.Routing.Functions;
using Serverless.Routing.Http;
using Serverless.Routing.Matching;

namespace Serverless.FunctionsHost.Pipeline;

/// <summary>
/// The one request pipeline, composed once at start-up, in a fixed order: slash normalisation (308)
/// → Functions-style middlewares → the Next-style middleware (when its matcher matches) → route
/// matching → output cache → the function.
/// </summary>
public sealed class RequestPipeline
{
    private readonly FunctionAppManifest _manifest;
    private readonly FunctionExecutionDelegate _functionsPipeline;
    private readonly NextMiddlewareStage _middleware;
    private readonly RouteStage _routes;
    private readonly ILogger _logger;
    private readonly bool _answerReadinessPings;
    private readonly RoutePrefix _prefix;

    /// <summary>Composes the pipeline.</summary>
    public RequestPipeline(FunctionAppManifest manifest, FunctionsMiddlewareBuilder middlewares, IServiceProvider services,
        NextMiddlewareStage middleware, RouteStage routes, RoutePrefix prefix, ILogger<RequestPipeline> logger, bool answerReadinessPings)
    {
        _prefix = prefix;
        _manifest = manifest;
        _middleware = middleware;
        _routes = routes;
        _logger = logger;
        _answerReadinessPings = answerReadinessPings;
        _functionsPipeline = middlewares.Build(services, RunNextStagesAsync);
    }

    /// <summary>Serves one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;

        // The Functions host polls GET / until the handler answers; keep that cheap and silent.
        if (_answerReadinessPings && request.Path.Value == "/" && HttpMethods.IsGet(request.Method) &&
            !request.Headers.ContainsKey("X-Azure-Functions-InvocationId") && !request.Headers.ContainsKey("x-ms-invocation-id"))
            return;

        var rawPath = NextRequest.RawPath(context);
        var rawQuery = request.QueryString.Value ?? "";
        if (SlashRedirect.GetLocation(rawPath, rawQuery.Length > 0 ? rawQuery[1..] : null) is { } location)
        {
            await WriteSlashRedirectAsync(context, location);
            return;
        }

        if (!_prefix.TryStrip(rawPath, out var routedPath))
        {
            // Outside host.json's routePrefix no function exists, as under the Functions host.
            await NotFoundPage.WriteAsync(context);
            return;
        }

        InternalHeaders.Strip(request.Headers);
        var feature = new ServerlessFeature(routedPath, rawQuery);
        context.Features.Set(feature);

        feature.Resolve(_manifest.Table, out var match);
        RouteFunction? function = null;
        if (match is not null && MethodResolution.TryParseVerb(request.Method, out var verb))
            function = MethodResolution.Resolve(match.Route, verb).Function;

        try
        {
            await _functionsPipeline(new FunctionContext(context, function, match?.Route));
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A Functions-style middleware threw (the stages inside handle their own failures). Before the
            // response started: a 500 with an empty body, as for a throwing handler. After it started (the
            // function already wrote its answer): log and let that response complete instead of dropping the connection.
            PipelineLog.FunctionsMiddlewareThrew(_logger, e, request.Method, rawPath, context.Response.HasStarted);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }

        var name = context.Features.Get<InvokedFunctionFeature>()?.FunctionName ?? "(no function)";
        PipelineLog.Invocation(_logger, name, request.Method, rawPath, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task RunNextStagesAsync(FunctionContext functionContext)
    {
        var context = functionContext.HttpContext;
        if (_manifest.Middleware is not null && !await _middleware.RunAsync(context, _manifest.Middleware))
            return; // the middleware answered
        await _routes.ServeAsync(context);
    }

    private static Task WriteSlashRedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = location;
        context.Response.Headers["Refresh"] = "0;url=" + location;
        return context.Response.WriteAsync(location);
    }
}
