using System.Diagnostics;

namespace SampleApp.Lib;

/// <summary>
/// A Functions middleware (the isolated worker's own API): adds Server-Timing to every response.
/// Registered with builder.UseMiddleware&lt;RequestTiming&gt;(), it runs around every function in every
/// mode: dotnet run, func start (isolated worker) and the custom handler.
/// </summary>
public sealed class RequestTiming : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var http = context.GetHttpContext()!;
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.Append("Server-Timing", $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
            return Task.CompletedTask;
        });
        await next(context);
    }
}
