namespace Nextfunc.Settings;

/// <summary>
/// Settings of the output and data caches, <c>Nextfunc:Cache:*</c> (docs/caching.md explains the cache).
/// The storage connection itself is the Functions host's <c>AzureWebJobsStorage</c> unless <see cref="ConnectionString"/> is set.
/// </summary>
/// <example><c>"Nextfunc__Cache__StoreTimeoutSeconds": "0.5"</c> in local.settings.json <c>Values</c>.</example>
public sealed class NextfuncCacheOptions
{
    /// <summary>Where entries live: <c>Auto</c> (memory in Development; elsewhere blob when a connection is set, else files), <c>File</c>, <c>Memory</c> (not shared) or <c>Blob</c>.</summary>
    public CacheStoreKind Store { get; set; } = CacheStoreKind.Auto;

    /// <summary>Storage connection string of the cache; wins over <c>AzureWebJobsStorage</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob container that holds the cache, created if missing.</summary>
    public string Container { get; set; } = "nextfunc-cache";

    /// <summary>Folder of the file store. Unset: <c>.nextfunc/cache</c> under the content root.</summary>
    public string? Path { get; set; }

    /// <summary>Size of the in-memory L1 in front of the shared store, per instance; <c>0</c> = no L1.</summary>
    public int MemoryLimitMB { get; set; } = 64;

    /// <summary>Upper bound of each store call; a slower call is abandoned and the request served uncached.</summary>
    public double StoreTimeoutSeconds { get; set; } = 1;

    /// <summary>Pause after a store failure before the store is tried again.</summary>
    public double FailureCooldownSeconds { get; set; } = 2;

    /// <summary>Lifetime of a render lock whose holder died.</summary>
    public double LockSeconds { get; set; } = 30;

    /// <summary>How long a miss waits for another instance's render before rendering itself.</summary>
    public double LockWaitSeconds { get; set; } = 3;

    /// <summary>How long a tag's revalidation time read from the store is reused; <c>0</c> = read on every request (strict).</summary>
    public double TagCheckIntervalSeconds { get; set; } = 1;

    /// <summary>After another instance's <c>revalidateTag</c>/<c>revalidatePath</c>, how long at most an instance keeps serving its copy of a route (each instance a different part, then one background refresh), so a thousand instances do not all read one blob in the same second; <c>0</c> = render at once.</summary>
    public double RevalidationSpreadSeconds { get; set; } = 3;

    /// <summary>How many places Blob Storage holds each entry in (the entry and its copies, each instance reading one), so a thousand instances do not all read one blob when a hot entry's window ends or after a deploy; <c>1</c> = the entry alone.</summary>
    public int EntryCopies { get; set; } = 4;
}
