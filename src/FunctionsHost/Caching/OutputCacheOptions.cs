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

    /// <summary>Poll interval while waiting for another instance's entry.</summary>
    public TimeSpan LockPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

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
    };
}
