using System.Collections.Concurrent;

namespace Nextfunc.Caching;

/// <summary>
/// Per-instance request coalescing: concurrent callers for one key share one running task. The shared work
/// gets no caller's token, so one aborted request can't cancel (or poison) the result the others wait for
/// (ASP.NET Core output caching bug #52310); each caller only stops waiting when its own token fires.
/// </summary>
internal sealed class SingleFlight<T>
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _running = new(StringComparer.Ordinal);

    public bool IsRunning(string key) => _running.ContainsKey(key);

    public Task<T> RunAsync(string key, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        // The candidate must know itself before it is published: whoever evaluates it first removes exactly it.
        Lazy<Task<T>> candidate = null!;
        candidate = new Lazy<Task<T>>(() => RunAndForgetAsync(key, work, candidate));
        return _running.GetOrAdd(key, candidate).Value.WaitAsync(cancellationToken);
    }

    private async Task<T> RunAndForgetAsync(string key, Func<Task<T>> work, Lazy<Task<T>> self)
    {
        try
        {
            await Task.Yield(); // Never run the work inside GetOrAdd's caller synchronously.
            return await work();
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, self));
        }
    }
}
