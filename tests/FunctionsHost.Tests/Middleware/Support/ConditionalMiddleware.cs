using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>Records <c>C&gt;</c> before and <c>&lt;C</c> after the rest of the pipeline, and the function it was given.</summary>
public sealed class ConditionalMiddleware(OrderLog log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        log.Add("C>");
        log.Add("C.function=" + context.FunctionDefinition.Name);
        await next(context);
        log.Add("<C");
    }
}
