using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Invocation;
using Nextfunc.Pipeline;

namespace Nextfunc.Worker;

/// <summary>
/// Runs a route function inside the worker: the shared pipeline after the Functions middlewares, on
/// the HttpContext the worker's ASP.NET Core integration paired with the invocation. It is set per
/// invocation by <see cref="WorkerEntryMiddleware"/>, so the SDK's generated executor, which cannot
/// see generated route functions, is never asked to run one.
/// </summary>
internal sealed class RouteFunctionExecutor(RequestPipeline pipeline) : IFunctionExecutor
{
    public ValueTask ExecuteAsync(FunctionContext context) =>
        RunAsync(WorkerEntryMiddleware.HttpContextOf(context));

    private ValueTask RunAsync(HttpContext http) => new(pipeline.RunFunctionAsync(http, http.Features.GetRequiredFeature<RequestState>()));
}
