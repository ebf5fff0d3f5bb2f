using Serverless.FunctionsHost.Middleware;

namespace Serverless.FunctionsHost.Tests.Middleware.Support;

/// <summary>Records <c>C&gt;</c> before and <c>&lt;C</c> after the rest of the pipeline, and the function it was given.</summary>
public sealed class ConditionalMiddleware(OrderLog log) : IFunctionsMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        log.Add("C>");
        log.Add("C.function=" + (context.Function?.Name ?? "null"));
        await next(context);
        log.Add("<C");
    }
}
