using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>Records <c>B&gt;</c> before and <c>&lt;B</c> after the rest of the pipeline, and the function it was given.</summary>
public sealed class InnerMiddleware(OrderLog log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        log.Add("B>");
        log.Add("B.function=" + context.FunctionDefinition.Name);
        await next(context);
        log.Add("<B");
    }
}
