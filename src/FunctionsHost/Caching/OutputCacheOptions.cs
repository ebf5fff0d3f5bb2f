using Nextfunc.Settings;

namespace Nextfunc.Caching;

/// <summary>
/// The cache engine's view of its tuning: durations as <see cref="TimeSpan"/>s and the build id resolved. Made from
/// the validated <see cref="NextfuncOptions"/> by <see cref="OutputCacheServiceCollectionExtensions.AddNextfuncOutputCache"/>.
/// </summary>
/// <example>
/// <code>var options = new OutputCacheOptions { BuildId = "20260101-abc", StoreTimeout = TimeSpan.FromSeconds(1) };</code>
/// </example>
internal sealed class OutputCacheOptions
{
    /// <summary>Deployment identity; part of every key so a new deployment never serves old bytes.</summary>
    public string BuildId { get; init; } = "dev";

    /// <summary>
    /// Upper bound for each store call; slower calls are abandoned and the request is served from L1 or rendered.
    /// 1 s: an in-region blob call takes milliseconds, so only a fault trips it, while a request never waits on
    /// storage longer than a render would take (docs/caching.md, "Storage faults").
    /// </summary>
    public TimeSpan StoreTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// After a store failure, store calls are skipped for this long so requests don't each wait for a dead store.
    /// 2 s: one probe per instance every 2 s costs nothing during an outage, and the cache is used again at most
    /// 2 s after the store is back.
    /// </summary>
    public TimeSpan FailureCooldown { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a cross-instance render lock lives if its holder never releases it (crash, freeze).</summary>
    public TimeSpan LockDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>On a miss whose lock another instance holds: how long to wait for its entry before rendering here.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// First poll while a request waits for another instance's entry; each next poll waits twice as long, up to
    /// <see cref="MaxLockPollInterval"/>, each ±50 % at random (<see cref="RenderLock"/>).
    /// </summary>
    public TimeSpan LockPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Longest gap between two polls of a waiting request, and between two of its tries of the lock. 1 s: a poll is two
    /// requests (entry, lock), so a thousand instances waiting for one render cost about a thousand a second on each
    /// blob once the polls have spread out, instead of ten thousand at a fixed 100 ms (docs/caching.md, "Scale").
    /// </summary>
    public TimeSpan MaxLockPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest delay past its window before an instance treats a revalidating entry as stale: each instance waits a
    /// different part of min(window / 10, this), fixed per instance and entry, so one instance (the first past its
    /// delay) regenerates while the others still count it fresh, and they pick the new entry up spread over that span
    /// instead of all reading the entry and the lock in the same second. 4 s: a thousand instances then read the new
    /// entry about 250 times a second, half of Azure's target for one blob (docs/caching.md, "Scale").
    /// </summary>
    public TimeSpan MaxStaleSpread { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// After another instance revalidates a tag of a route entry, each instance keeps serving its copy until a different
    /// part of this span has passed (<see cref="Nextfunc.Caching.RevalidationSpread"/>), then refreshes it in the background: one instance
    /// renders, and the others read its entry spread over this span instead of all reading the entry and the lock blob in
    /// the same second. 3 s: a thousand instances then read the new entry about 330 times a second, under Azure's 500
    /// for one blob; another instance's revalidation is served within max(<see cref="TagCheckInterval"/>, 3 s) plus a
    /// read, and never later than <see cref="TagCheckInterval"/> + 3 s + <see cref="LockWait"/> (docs/caching.md,
    /// "Scale"). 0 = render at once, as the revalidating instance does.
    /// </summary>
    public TimeSpan RevalidationSpread { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How many places a shared store that can keep copies (the blob store) holds each entry in, the entry itself
    /// included; each instance reads its own one. 4: a thousand instances reading one hot entry in the same second (its
    /// window ends, or they start cold after a deploy) read each place about 250 times, half of Azure's target for one
    /// blob. 1 = the entry alone. A render writes every place.
    /// </summary>
    public int EntryCopies { get; init; } = 4;

    /// <summary>
    /// This instance among the app's: seeds its stale spread, so instances differ while each keeps one verdict per entry.
    /// Random per engine by default (a restarted instance spreads anew, which is as good).
    /// </summary>
    public string InstanceId { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// How long a tag's revalidation time read from the shared store is reused by this instance. 0 = read on
    /// every request (strict cross-instance invalidation, one extra store read per tag). Revalidations made
    /// by this instance are always visible to it at once.
    /// </summary>
    public TimeSpan TagCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The engine's options from the bound settings; <paramref name="defaultBuildId"/> unless <c>Nextfunc:BuildId</c> is set.</summary>
    public static OutputCacheOptions From(NextfuncOptions settings, string defaultBuildId) => new()
    {
        BuildId = settings.BuildId is { Length: > 0 } id ? id : defaultBuildId,
        StoreTimeout = TimeSpan.FromSeconds(settings.Cache.StoreTimeoutSeconds),
        FailureCooldown = TimeSpan.FromSeconds(settings.Cache.FailureCooldownSeconds),
        LockDuration = TimeSpan.FromSeconds(settings.Cache.LockSeconds),
        LockWait = TimeSpan.FromSeconds(settings.Cache.LockWaitSeconds),
        TagCheckInterval = TimeSpan.FromSeconds(settings.Cache.TagCheckIntervalSeconds),
        RevalidationSpread = TimeSpan.FromSeconds(settings.Cache.RevalidationSpreadSeconds),
        EntryCopies = settings.Cache.EntryCopies,
    };
}
