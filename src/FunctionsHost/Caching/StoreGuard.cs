using Microsoft.Extensions.Logging;
using Nextfunc.Telemetry;

namespace Nextfunc.Caching;

/// <summary>
/// Runs every store call with a timeout and turns failures into "no answer" plus a warning, so a broken or
/// slow store degrades to uncached serving instead of failing requests. After a failure it skips the store
/// for <see cref="OutputCacheOptions.FailureCooldown"/> (so each request doesn't pay the timeout again) and then
/// simply tries again: recovery needs no restart.
/// Warnings are per outage, not per request: the first failure of an outage is a warning, repeats while it
/// lasts are debug messages, and the outage ends when a call of the kind that started it (read or write)
/// succeeds again, so a read-only folder, where reads work and writes fail, stays one outage with one warning.
/// The same failure starting another outage within <see cref="RepeatWarningAfter"/> is not warned again.
/// </summary>
internal sealed class StoreGuard(ICacheStore store, OutputCacheOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>How long the same failure is not warned about again after it started an outage.</summary>
    public static readonly TimeSpan RepeatWarningAfter = TimeSpan.FromMinutes(5);

    private readonly Lock _warningGate = new();
    private long _pausedUntilTicks;
    private string? _outageKind;
    private string? _lastWarnedFailure;
    private DateTimeOffset _lastWarnedAt;

    public ICacheStore Store => store;

    /// <summary>Runs <paramref name="operation"/>; Ok is false when the store was skipped, timed out or threw.</summary>
    /// <param name="name">The call, as logged; names starting with "get" are reads.</param>
    /// <param name="key">The entry, tag or lock the call is about, as logged.</param>
    /// <param name="operation">The store call.</param>
    /// <param name="cancellationToken">The caller's token (a request abort is not a store fault).</param>
    /// <param name="mayBeServedLocally">The call may be answered by the in-memory L1 alone, so its success says nothing
    /// about the shared store and does not end an outage.</param>
    public async ValueTask<(bool Ok, T? Value)> TryAsync<T>(
        string name, string key, Func<ICacheStore, CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken, bool mayBeServedLocally = false)
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
            if (!mayBeServedLocally && Volatile.Read(ref _outageKind) is { } outage && outage == Kind(name)
                && ReferenceEquals(Interlocked.CompareExchange(ref _outageKind, null, outage), outage))
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
            if (BeginOutage(name, "timeout"))
                CacheLog.StoreTimedOut(logger, name, key, options.StoreTimeout);
            else
                CacheLog.StoreStillFailing(logger, name, key, "timed out");
        }
        catch (Exception ex)
        {
            if (BeginOutage(name, Store.DescribeFailure(ex)))
                CacheLog.StoreFailed(logger, ex, name, key);
            else
                CacheLog.StoreStillFailing(logger, name, key, ex.Message);
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

    /// <summary>
    /// True for the one failure that starts an outage, unless the same failure (<paramref name="failure"/>: timeout,
    /// status or exception type) started one within <see cref="RepeatWarningAfter"/>: a flapping store, or a nearly
    /// full disk where small lock files fit and entries don't, warns once rather than at every flap.
    /// </summary>
    private bool BeginOutage(string operation, string failure)
    {
        if (Interlocked.CompareExchange(ref _outageKind, Kind(operation), null) is not null)
        {
            return false;
        }

        lock (_warningGate)
        {
            var now = time.GetUtcNow();
            if (failure == _lastWarnedFailure && now - _lastWarnedAt < RepeatWarningAfter)
            {
                return false;
            }

            (_lastWarnedFailure, _lastWarnedAt) = (failure, now);
        }

        if (options.FailureCooldown > TimeSpan.Zero)
        {
            CacheLog.StorePaused(logger, options.FailureCooldown);
        }

        return true;
    }

    private static string Kind(string operation) => operation.StartsWith("get", StringComparison.Ordinal) ? "read" : "write";

    private void Pause()
    {
        if (options.FailureCooldown > TimeSpan.Zero)
        {
            Interlocked.Exchange(ref _pausedUntilTicks, (time.GetUtcNow() + options.FailureCooldown).UtcTicks);
        }
    }
}
