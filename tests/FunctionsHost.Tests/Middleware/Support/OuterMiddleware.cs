using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>Records <c>A&gt;</c> before and <c>&lt;A</c> after the rest of the pipeline, and the function it was given.</summary>
public sealed class OuterMiddleware(OrderLog log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        log.Add("A>");
        log.Add("A.function=" + context.FunctionDefinition.Name);
        await next(context);
        log.Add("<A");
    }
}
