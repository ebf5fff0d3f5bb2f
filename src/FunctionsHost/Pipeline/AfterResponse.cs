using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// Runs a request's <c>after()</c> and <c>waitUntil</c> work once its response is sent. The invocation ends only when
/// the work finishes, or when the route's <c>MaxDuration</c> is up: the Functions host sees a running invocation and
/// does not freeze the instance mid-work; standalone, Kestrel's graceful shutdown waits for it as for any request. The
/// request stays open meanwhile (the work may read it), so its HTTP/1.1 connection is closed after the response
/// (<see cref="AfterWork"/> asks for that): Kestrel reads a connection's next request only when the last one ends.
/// </summary>
internal sealed class AfterResponse(ILogger<AfterResponse> logger)
{
    /// <summary>
    /// Completes the response (unless <paramref name="completeResponse"/> is false: a render with no client), then runs
    /// the work, logging what fails.
    /// </summary>
    public async Task RunAsync(HttpContext context, AfterWork work, int? maxDuration, long started, bool completeResponse = true)
    {
        if (completeResponse)
        {
            try
            {
                await context.Response.CompleteAsync(); // the client has its answer before the work starts

            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested)
            {
                // the client went away: the work still runs
            }
        }

        RequestScope.Enter(context); // Headers() and Cookies() keep reading the request inside the work
        using var deadline = new CancellationTokenSource();
        if (maxDuration is { } seconds)
            deadline.CancelAfter(TimeSpan.FromSeconds(seconds) - Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        var (failures, timedOut) = await work.RunAsync(deadline.Token);
        var path = NextRequest.RawPath(context);
        foreach (var failure in failures)
            PipelineLog.AfterWorkThrew(logger, failure, context.Request.Method, path);
        if (timedOut)
            PipelineLog.AfterWorkTimedOut(logger, context.Request.Method, path, maxDuration!.Value);
    }
}
