using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Invocation;
using Microsoft.Azure.Functions.Worker.Middleware;
using Serverless.FunctionsHost.Middleware;
using Serverless.FunctionsHost.Pipeline;
using Serverless.FunctionsHost.Telemetry;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Worker;

/// <summary>
/// The first worker middleware after the ASP.NET Core integration's own: for a route function it does
/// what Kestrel does before the Functions middlewares (slash 308, routePrefix, stripping framework
/// headers), hands the invocation to <see cref="RouteFunctionExecutor"/>, and turns a throwing
/// Functions middleware into a 500 (the worker would answer 200 with an empty body). The app's own
/// <c>[Function]</c> methods, if any, pass through untouched.
/// </summary>
internal sealed class WorkerEntryMiddleware(RequestPipeline pipeline, RouteFunctionExecutor executor, RouteFunctionDefinitions functions, FunctionAppManifest manifest)
    : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (!functions.Contains(context.FunctionDefinition.Name))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var http = HttpContextOf(context);
        Activity? span = null;
        if (await pipeline.BeginAsync(http))
        {
            span = InvocationTelemetry.Start(http, context.FunctionDefinition.Name, context.InvocationId, context.TraceContext);
            context.Features.Set<IFunctionExecutor>(executor);
            try
            {
                await next(context);
            }
            catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
            {
                pipeline.FunctionsMiddlewareFailed(http, e);
            }
            catch (Exception)
            {
                // The client went away: the invocation did nothing wrong, so it does not fail (logged once, at debug).
            }
        }

        // The pipeline wrote the response itself; an IResult that writes nothing tells the integration
        // so (a function that returns nothing is logged as a missing HTTP response).
        context.GetInvocationResult().Value = Results.Empty;
        var invoked = http.Features.Get<InvokedFunctionFeature>()?.FunctionName;
        InvocationTelemetry.Stop(span, http, manifest.Table, context.FunctionDefinition.Name, invoked, started);
        pipeline.LogInvocation(http, invoked ?? context.FunctionDefinition.Name, started);
    }

    internal static HttpContext HttpContextOf(FunctionContext context) =>
        context.GetHttpContext() ?? throw new InvalidOperationException(
            $"Function '{context.FunctionDefinition.Name}' has no HttpContext. Route functions need the worker's ASP.NET Core integration " +
            "(ServerlessApplication sets it up); an app that builds its own FunctionsApplication must call ConfigureFunctionsWebApplication().");
}
