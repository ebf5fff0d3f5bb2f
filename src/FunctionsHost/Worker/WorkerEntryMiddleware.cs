using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Invocation;
using Microsoft.Azure.Functions.Worker.Middleware;
using Nextfunc.Invocation;
using Nextfunc.Pipeline;

namespace Nextfunc.Worker;

/// <summary>
/// The first worker middleware after the ASP.NET Core integration's own: a route function's invocation enters the
/// pipeline here (slash 308, routePrefix, stripping framework headers, then the worker's own middleware chain with the app's
/// Functions middlewares, ending in <see cref="RouteFunctionExecutor"/>). A throwing Functions middleware becomes a 500
/// (the worker would answer 200 with an empty body). The app's own <c>[Function]</c> methods, if any, pass through untouched.
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

        await pipeline.InvokeAsync(HttpContextOf(context), new Host(context, next, executor));

        // The pipeline wrote the response itself; an IResult that writes nothing tells the integration
        // so (a function that returns nothing is logged as a missing HTTP response).
        context.GetInvocationResult().Value = Results.Empty;
    }

    internal static HttpContext HttpContextOf(FunctionContext context) =>
        context.GetHttpContext() ?? throw new InvalidOperationException(
            $"Function '{context.FunctionDefinition.Name}' has no HttpContext. Route functions need the worker's ASP.NET Core integration " +
            "(NextfuncApp.CreateBuilder sets it up); an app that builds its own FunctionsApplication must call ConfigureFunctionsWebApplication().");

    // The host invoked a function: the worker's own middleware chain runs it, and its executor is ours for this invocation
    // (the SDK's generated executor cannot see generated route functions).
    private readonly struct Host(FunctionContext invocation, FunctionExecutionDelegate next, RouteFunctionExecutor executor) : IHostInvocation
    {
        public string? InvokedFunction => invocation.FunctionDefinition.Name;

        public bool BehindFunctionsHost => true;

        public string? InvocationId => invocation.InvocationId;

        public TraceContext? HostTrace => invocation.TraceContext;

        public string? ClientOrigin(HttpRequest request) => Pipeline.ClientOrigin.BehindFunctionsHost(request);

        public Task RunAsync(HttpContext context, RequestState state)
        {
            invocation.Features.Set<IFunctionExecutor>(executor);
            return next(invocation);
        }
    }
}
