using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Invocation;
using Microsoft.Azure.Functions.Worker.Middleware;
using Nextfunc.Middleware;
using Nextfunc.Pipeline;
using Nextfunc.Telemetry;

namespace Nextfunc.Worker;

/// <summary>
/// The first worker middleware after the ASP.NET Core integration's own: for a route function it does
/// what Kestrel does before the Functions middlewares (slash 308, routePrefix, stripping framework
/// headers), hands the invocation to <see cref="RouteFunctionExecutor"/>, and turns a throwing
/// Functions middleware into a 500 (the worker would answer 200 with an empty body). The app's own
/// <c>[Function]</c> methods, if any, pass through untouched.
/// </summary>
internal sealed class WorkerEntryMiddleware(RequestPipeline pipeline, RouteFunctionExecutor executor, RouteFunctionDefinitions functions)
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
        var invocation = InvocationTelemetry.Start(http, context);
        var feature = await pipeline.BeginAsync(http);
        if (feature is not null)
        {
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
        InvocationTelemetry.Stop(invocation, http, started);

        // The pipeline wrote the response itself; an IResult that writes nothing tells the integration
        // so (a function that returns nothing is logged as a missing HTTP response).
        context.GetInvocationResult().Value = Results.Empty;
        pipeline.LogInvocation(http, feature, context.FunctionDefinition.Name, started);
    }

    internal static HttpContext HttpContextOf(FunctionContext context) =>
        context.GetHttpContext() ?? throw new InvalidOperationException(
            $"Function '{context.FunctionDefinition.Name}' has no HttpContext. Route functions need the worker's ASP.NET Core integration " +
            "(NextfuncApp.CreateBuilder sets it up); an app that builds its own FunctionsApplication must call ConfigureFunctionsWebApplication().");
}
