using Serverless.FunctionsHost.Middleware;

namespace Serverless.FunctionsHost.Tests.Middleware.Support;

/// <summary>Records <c>B&gt;</c> before and <c>&lt;B</c> after the rest of the pipeline, and the function it was given.</summary>
public sealed class InnerMiddleware(OrderLog log) : IFunctionsMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        log.Add("B>");
        log.Add("B.function=" + (context.Function?.Name ?? "null"));
        await next(context);
        log.Add("<B");
    }
}
