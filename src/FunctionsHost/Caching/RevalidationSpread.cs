using System.Collections.Concurrent;

namespace Nextfunc.Caching;

/// <summary>
/// What an instance does with a route entry that another instance's <c>revalidateTag</c> / <c>revalidatePath</c> just
/// invalidated (docs/caching.md, "Scale"). Every instance learns of it within one tag check, so rendering at once would
/// make all of them read the entry and the lock blob in the same second: a thousand instances, twice Azure's target for
/// one blob. Instead each keeps serving its copy until its own share of <see cref="OutputCacheOptions.RevalidationSpread"/>
/// after the revalidation (fixed per instance and revalidation), then serves it once more while it refreshes in the
/// background, which finds the entry the first instance rendered with one read. The copy is never served later than
/// <c>TagCheckInterval</c> + <c>RevalidationSpread</c> + <c>LockWait</c> after the revalidation (a synchronous render, as
/// before). Times are the revalidating instance's clock: instances' clocks agree to milliseconds. The instance that
/// revalidated, strict mode (<c>TagCheckInterval</c> 0), the data cache and a tag this instance had not read before the
/// change (an idle instance, a new one) are not spread.
/// </summary>
/// <example><code>spread.Learned(revalidatedAt); var verdict = spread.Judge(revalidatedAt); // Fresh, Stale or Invalidated</code></example>
internal sealed class RevalidationSpread(Spread spread, OutputCacheOptions options, TimeProvider time)
{
    /// <summary>Past this many remembered revalidations, those whose copies may no longer be served are forgotten.</summary>
    public const int Remembered = 1024;

    // Revalidation times (ticks) this instance read from the store, written there by another instance.
    private readonly ConcurrentDictionary<long, byte> _learned = new();

    private TimeSpan Cap => options.TagCheckInterval + options.RevalidationSpread + options.LockWait;

    /// <summary>This instance has just read <paramref name="revalidatedAt"/>, written by another instance, for a tag it was already checking.</summary>
    public void Learned(DateTimeOffset revalidatedAt)
    {
        if (options.RevalidationSpread <= TimeSpan.Zero || time.GetUtcNow() - revalidatedAt >= Cap)
            return;
        _learned.TryAdd(revalidatedAt.UtcTicks, 0);
        if (_learned.Count > Remembered)
        {
            var past = (time.GetUtcNow() - Cap).UtcTicks;
            foreach (var (at, _) in _learned)
            {
                if (at < past)
                    _learned.TryRemove(at, out _);
            }
        }
    }

    /// <summary>
    /// The verdict on a route entry made before <paramref name="revalidatedAt"/>: Fresh within this instance's share of
    /// the spread, Stale (serve once more, refresh in the background) after it, Invalidated past the cap or when the
    /// revalidation was not learned from another instance.
    /// </summary>
    public EntryFreshness Judge(DateTimeOffset revalidatedAt)
    {
        if (!_learned.ContainsKey(revalidatedAt.UtcTicks))
            return EntryFreshness.Invalidated;
        var since = time.GetUtcNow() - revalidatedAt;
        return since < spread.Past(revalidatedAt, options.RevalidationSpread) ? EntryFreshness.StaleAwaitingTurn
            : since < Cap ? EntryFreshness.Stale
            : EntryFreshness.Invalidated;
    }
}
