using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>
/// Keeps every background regeneration (stale-while-revalidate) reachable until it finished writing, and
/// lets the host await them: on shutdown as a hosted service, or before an instance may be frozen
/// (OpenNext lost unawaited writes that way, opennextjs-aws #444).
/// </summary>
/// <example>
/// <code>
/// var tracker = app.Services.GetRequiredService&lt;BackgroundRegenerationTracker&gt;();
/// await tracker.WhenIdleAsync(ct);   // e.g. before reporting an invocation complete
/// </code>
/// </example>
internal sealed class BackgroundRegenerationTracker(ILogger<BackgroundRegenerationTracker> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Regenerations started and not yet finished.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Registers a running task; faults are logged, never rethrown.</summary>
    public void Track(Task task)
    {
        _pending.TryAdd(task, 0);
        _ = task.ContinueWith(
            t =>
            {
                _pending.TryRemove(t, out _);
                if (t.Exception is { } ex)
                {
                    CacheLog.BackgroundTaskFaulted(logger, ex);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when no regeneration is running (including ones started while waiting).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (!_pending.IsEmpty)
        {
            var snapshot = _pending.Keys.ToArray();
            try
            {
                await Task.WhenAll(snapshot).WaitAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Faults were logged by Track; keep waiting for the rest.
            }

            foreach (var task in snapshot)
            {
                _pending.TryRemove(task, out _); // The continuation may not have run yet.
            }
        }
    }

    /// <inheritdoc />
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    Task IHostedService.StopAsync(CancellationToken cancellationToken) => WhenIdleAsync(cancellationToken);
}
