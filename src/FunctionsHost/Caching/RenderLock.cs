using Nextfunc.Routing.Conventions;
namespace Nextfunc.Caching;

/// <summary>
/// The cross-instance render lock: one instance renders a key per revalidation window, the others wait for its entry
/// (and take the lock over when its holder's lease ran out).
/// </summary>
/// <example>
/// <code>
/// var (token, contended) = await renderLock.TryLockAsync(key);
/// try { /* render and write */ } finally { await renderLock.ReleaseLockAsync(key, token); }
/// </code>
/// </example>
internal sealed class RenderLock(CacheCore core)
{

    /// <summary>Tries the render lock. Token null + Contended true means another instance is rendering.</summary>
    public async Task<(string? Token, bool Contended)> TryLockAsync(string key)
    {
        var (ok, token) = await core.Guard.TryAsync("acquire lock", key, (s, ct) => s.TryAcquireLockAsync(key, core.Options.LockDuration, ct), CancellationToken.None);
        return (token, ok && token is null);
    }

    public async Task ReleaseLockAsync(string key, string? token)
    {
        if (token is not null)
        {
            await core.Guard.TryAsync("release lock", key, (s, ct) => s.ReleaseLockAsync(key, token, ct), CancellationToken.None);
        }
    }

    /// <summary>
    /// Polls for an entry another instance is rendering, up to <see cref="OutputCacheOptions.LockWait"/>. Each poll
    /// that finds nothing fresh also tries the lock, so a holder that died (its lease ran out) is taken over at once
    /// instead of after the whole wait. Returns the fresh entry, or the lock token when taken over; both null when
    /// the wait ran out or the store failed (render here without the lock).
    /// </summary>
    public async Task<(CacheEntry? Entry, string? Token)> WaitForOtherInstanceAsync(string key, TimeSpan? revalidate)
    {
        var deadline = core.Time.GetUtcNow() + core.Options.LockWait;
        while (core.Time.GetUtcNow() < deadline)
        {
            await Task.Delay(core.Options.LockPollInterval, core.Time);
            var entry = await core.ReadAsync(key, CacheReadMode.Authoritative, CancellationToken.None);
            if (entry is not null && await core.Tags.EvaluateAsync(entry, CachePolicy.Shorter(revalidate, entry.Revalidate), CancellationToken.None) == EntryFreshness.Fresh)
            {
                return (entry, null);
            }

            var (token, contended) = await TryLockAsync(key);
            if (!contended)
            {
                return (null, token);
            }
        }

        return (null, null);
    }
}
