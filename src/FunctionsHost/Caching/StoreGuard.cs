using Microsoft.Extensions.Logging;
using Serverless.FunctionsHost.Telemetry;

namespace Serverless.FunctionsHost.Caching;

/// <summary>
/// Runs every store call with a timeout and turns failures into "no answer" plus a warning, so a broken or
/// slow store degrades to uncached serving instead of failing requests. After a failure it skips the store
/// for <see cref="OutputCacheOptions.FailureCooldown"/> (so each request doesn't pay the timeout again) and then
/// simply tries again: recovery needs no restart.
/// </summary>
internal sealed class StoreGuard(ICacheStore store, OutputCacheOptions options, TimeProvider time, ILogger logger)
{
    private long _pausedUntilTicks;
    private int _paused;

    public ICacheStore Store => store;

    /// <summary>Runs <paramref name="operation"/>; Ok is false when the store was skipped, timed out or threw.</summary>
    public async ValueTask<(bool Ok, T? Value)> TryAsync<T>(
        string name, string key, Func<ICacheStore, CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks))
        {
            return (false, default);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<T>? task = null;
        try
        {
            task = operation(store, cts.Token).AsTask();
            var value = await task.WaitAsync(options.StoreTimeout, time, cancellationToken);
            if (Interlocked.Exchange(ref _paused, 0) == 1)
            {
                CacheLog.StoreRecovered(logger);
            }

            return (true, value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // The caller gave up (request aborted); not a store fault.
        }
        catch (Exception ex) when (OutcomeTelemetry.StoreFailed(name, ex))
        {
            // Never entered: the filter counts the failure (nextfunc.cache.store.errors) and declines it.
        }
        catch (TimeoutException)
        {
            CacheLog.StoreTimedOut(logger, name, key, options.StoreTimeout);
        }
        catch (Exception ex)
        {
            CacheLog.StoreFailed(logger, ex, name, key);
        }

        await cts.CancelAsync();
        // The abandoned call may still fault later; observe it so it never surfaces as an unobserved exception.
        _ = task?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        Pause();
        return (false, default);
    }

    /// <summary>Same as <see cref="TryAsync{T}"/> for calls without a result.</summary>
    public async ValueTask<bool> TryAsync(
        string name, string key, Func<ICacheStore, CancellationToken, ValueTask> operation, CancellationToken cancellationToken)
    {
        var (ok, _) = await TryAsync(name, key, async (s, ct) => { await operation(s, ct); return true; }, cancellationToken);
        return ok;
    }

    private void Pause()
    {
        if (options.FailureCooldown <= TimeSpan.Zero)
        {
            return;
        }

        Interlocked.Exchange(ref _pausedUntilTicks, (time.GetUtcNow() + options.FailureCooldown).UtcTicks);
        if (Interlocked.Exchange(ref _paused, 1) == 0)
        {
            CacheLog.StorePaused(logger, options.FailureCooldown);
        }
    }
}
