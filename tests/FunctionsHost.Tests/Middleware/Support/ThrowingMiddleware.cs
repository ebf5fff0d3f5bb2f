using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>Throws before calling next on <c>/boom/before</c>, after next on <c>/boom/after</c>.</summary>
public sealed class ThrowingMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var path = context.GetHttpContext()!.Request.Path.Value;
        if (path == "/boom/before")
        {
            context.GetHttpContext()!.Response.Headers["x-partial"] = "set before the throw";
            throw new InvalidOperationException("functions middleware secret at C:\\src\\Boom.cs");
        }
        await next(context);
        if (path == "/boom/after")
            throw new InvalidOperationException("functions middleware secret after next");
    }
}
