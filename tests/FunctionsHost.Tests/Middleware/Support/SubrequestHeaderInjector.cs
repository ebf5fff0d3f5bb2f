using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>
/// Puts <c>x-middleware-subrequest</c> back on the request after the pipeline stripped it, as a proxy in
/// front or an app's own Functions middleware could: what the Next-style middleware stage sees then.
/// </summary>
public sealed class SubrequestHeaderInjector : IFunctionsWorkerMiddleware
{
    public const string Value = "middleware:middleware:middleware:middleware:middleware";

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        context.GetHttpContext()!.Request.Headers["x-middleware-subrequest"] = Value;
        return next(context);
    }
}
