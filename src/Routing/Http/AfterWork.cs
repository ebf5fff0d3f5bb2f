using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The work a request scheduled for after its response (<c>after()</c>, <c>waitUntil</c>): kept on the request until the
/// host has sent the response, then run; the invocation ends when it finishes.
/// </summary>
internal sealed class AfterWork
{
    private readonly List<Func<CancellationToken, Task>> _callbacks = [];
    private readonly List<Task> _started = [];

    /// <summary>
    /// The request's work list, made on first use. An HTTP/1.x response not yet started gets <c>Connection: close</c>:
    /// the request stays open until the work ends, and Kestrel would hold the connection's next request (a client's, or
    /// the Functions host's next invocation on its pooled connection to the worker) until then.
    /// </summary>
    public static AfterWork For(HttpContext context)
    {
        if (context.Features.Get<AfterWork>() is { } work) return work;
        work = new AfterWork();
        context.Features.Set(work);
        if (!context.Response.HasStarted && !HttpProtocol.IsHttp2(context.Request.Protocol) && !HttpProtocol.IsHttp3(context.Request.Protocol))
            context.Response.Headers.Connection = "close";
        return work;
    }

    /// <summary>A callback to start once the response is sent.</summary>
    public void Add(Func<CancellationToken, Task> callback)
    {
        lock (_callbacks) _callbacks.Add(callback);
    }

    /// <summary>Work already running (<c>waitUntil(promise)</c>) that the invocation waits for.</summary>
    public void Add(Task running)
    {
        lock (_callbacks) _started.Add(running);
    }

    /// <summary>
    /// Starts the callbacks and waits for them and the running work; returns the failures (each is the app's, to log).
    /// Stops waiting when <paramref name="deadline"/> fires (the work goes on, unobserved) and says so.
    /// </summary>
    public async Task<(IReadOnlyList<Exception> Failures, bool TimedOut)> RunAsync(CancellationToken deadline)
    {
        List<Task> tasks;
        lock (_callbacks)
        {
            tasks = [.. _started, .. _callbacks.Select(c => Start(c, deadline))];
            _callbacks.Clear();
            _started.Clear();
        }
        var all = Task.WhenAll(tasks);
        try
        {
            await all.WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !all.IsCompleted)
        {
            return ([], true);
        }
        catch
        {
            // the failures are read from the tasks below
        }
        return ([.. tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)], false);
    }

    // A callback that throws before its first await fails its task instead of the loop.
    private static async Task Start(Func<CancellationToken, Task> callback, CancellationToken deadline) => await callback(deadline);
}
