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
    /// Polls for an entry another instance is rendering, up to <paramref name="wait"/>. The first poll comes after about
    /// <paramref name="firstPoll"/>, each next one after twice as long up to <see cref="OutputCacheOptions.MaxLockPollInterval"/>,
    /// all ±50 % at random: at a thousand instances, waiters that started in the same instant would otherwise read the
    /// same blob in the same instant, every 100 ms (issue 25). A poll that finds nothing fresh also tries the lock, at
    /// most once per <see cref="OutputCacheOptions.MaxLockPollInterval"/>, so a holder that died (its lease ran out) is
    /// taken over within about a second. Returns the fresh entry, or the lock token when taken over; both null when the
    /// wait ran out or the store failed (render here without the lock).
    /// </summary>
    public async Task<(CacheEntry? Entry, string? Token)> WaitForOtherInstanceAsync(string key, TimeSpan? revalidate, TimeSpan firstPoll, TimeSpan wait)
    {
        var started = core.Time.GetUtcNow();
        var (deadline, poll, lockTried) = (started + wait, firstPoll, started);
        var maxPoll = core.Options.MaxLockPollInterval > firstPoll ? core.Options.MaxLockPollInterval : firstPoll;
        while (core.Time.GetUtcNow() < deadline)
        {
            await Task.Delay(Spread.Jittered(poll), core.Time);
            poll = poll * 2 < maxPoll ? poll * 2 : maxPoll;
            var entry = await core.ReadAsync(key, CacheReadMode.Shared, CancellationToken.None);
            if (entry is not null && await core.Tags.ServesAsync(entry, revalidate))
            {
                return (entry, null);
            }

            var now = core.Time.GetUtcNow();
            if (now - lockTried < maxPoll)
            {
                continue; // the first, quick polls only look for the entry; the lock is tried at the slower pace
            }

            lockTried = now;
            var (token, contended) = await TryLockAsync(key);
            if (!contended)
            {
                return (null, token);
            }
        }

        return (null, null);
    }
}
