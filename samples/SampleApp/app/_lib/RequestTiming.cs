using System.Diagnostics;
using Serverless.FunctionsHost.Middleware;

namespace SampleApp.Lib;

/// <summary>An Azure-Functions-style middleware: adds Server-Timing to every response.</summary>
public sealed class RequestTiming : IFunctionsMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        context.HttpContext.Response.OnStarting(() =>
        {
            context.HttpContext.Response.Headers["Server-Timing"] = $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}";
            return Task.CompletedTask;
        });
        await next(context);
    }
}
