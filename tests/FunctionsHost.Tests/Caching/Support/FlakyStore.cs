using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Support;

/// <summary>A memory store that can be switched to throw or to hang, to test fault handling and recovery.</summary>
internal sealed class FlakyStore(MemoryCacheStore inner) : ICacheStore
{
    public enum FaultMode { None, Throw, Hang }

    public FaultMode Mode { get; set; }

    public MemoryCacheStore Inner { get; } = inner;

    public int Calls;

    /// <summary>Tag time reads and lock tries made through this store (one engine's, when each engine has its own wrapper).</summary>
    public int TagReads, LockTries;

    /// <summary>When set, tag reads wait for it: reads that overlap in time, on purpose.</summary>
    public TaskCompletionSource? TagReadGate { get; set; }

    private async ValueTask<T> Run<T>(Func<ValueTask<T>> call)
    {
        Interlocked.Increment(ref Calls);
        switch (Mode)
        {
            case FaultMode.Throw:
                throw new IOException("simulated store outage");
            case FaultMode.Hang:
                await new TaskCompletionSource().Task; // never completes: only the engine's timeout ends the wait
                break;
        }

        return await call();
    }

    public ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken ct) => Run(() => Inner.GetAsync(key, mode, ct));

    public async ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken ct) =>
        await Run(async () => { await Inner.SetAsync(key, value, ct); return 0; });

    public ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken ct) => Run(() => Inner.AddAsync(key, value, ct));

    public async ValueTask RemoveAsync(string key, CancellationToken ct) => await Run(async () => { await Inner.RemoveAsync(key, ct); return 0; });

    public async ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset at, CancellationToken ct) =>
        await Run(async () => { await Inner.MarkTagRevalidatedAsync(tag, at, ct); return 0; });

    public ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken ct) => Run(async () =>
    {
        Interlocked.Increment(ref TagReads);
        if (TagReadGate is { } gate)
            await gate.Task;
        return await Inner.GetTagRevalidatedAtAsync(tag, ct);
    });

    public ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken ct) =>
        Run(() => { Interlocked.Increment(ref LockTries); return Inner.TryAcquireLockAsync(key, duration, ct); });

    public async ValueTask ReleaseLockAsync(string key, string token, CancellationToken ct) =>
        await Run(async () => { await Inner.ReleaseLockAsync(key, token, ct); return 0; });
}
