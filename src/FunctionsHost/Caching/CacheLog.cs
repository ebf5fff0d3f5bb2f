using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>Source-generated log messages. Event ids are stable (4100-4199): alert on them, don't renumber.</summary>
internal static partial class CacheLog
{
    [LoggerMessage(4101, LogLevel.Warning, "Output cache: store call '{Operation}' for '{Key}' did not finish within {Timeout}; the request is served without the cache. Check that the cache storage is reachable from this instance (network rules, DNS, Azurite running) or raise Nextfunc:Cache:StoreTimeoutSeconds.")]
    public static partial void StoreTimedOut(ILogger logger, string operation, string key, TimeSpan timeout);

    [LoggerMessage(4102, LogLevel.Warning, "Output cache: store call '{Operation}' for '{Key}' failed; the request is served without the cache. Check Nextfunc:Cache:ConnectionString / AzureWebJobsStorage and that the identity has the 'Storage Blob Data Contributor' role on the account (or, for the file store, that the cache folder is writable).")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string operation, string key);

    [LoggerMessage(4103, LogLevel.Warning, "Output cache: store calls are paused for {Cooldown} after a failure; until then requests are served from this instance's in-memory copy (L1) or rendered, and the store is retried automatically. Further failures of this outage are logged at debug level (4112).")]
    public static partial void StorePaused(ILogger logger, TimeSpan cooldown);

    [LoggerMessage(4104, LogLevel.Information, "Output cache: the store answers again; caching resumed.")]
    public static partial void StoreRecovered(ILogger logger);

    [LoggerMessage(4105, LogLevel.Warning, "Output cache: entry '{Key}' is unreadable ({Reason}); it is regenerated and overwritten. If this repeats, purge the cache (docs/caching.md) and check that no other program writes to the cache container or folder.")]
    public static partial void CorruptEntry(ILogger logger, string key, string reason);

    [LoggerMessage(4106, LogLevel.Error, "Output cache: background regeneration of '{Path}' failed; the stale response stays cached and the next request retries. Fix the route handler error below.")]
    public static partial void BackgroundRegenerationFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(4107, LogLevel.Debug, "Output cache: response for '{Path}' not stored (status {StatusCode}, Set-Cookie present: {HasSetCookie}); only 200 responses without Set-Cookie are cached.")]
    public static partial void NotStored(ILogger logger, string path, int statusCode, bool hasSetCookie);

    [LoggerMessage(4108, LogLevel.Information, "Output cache: another instance holds the render lock for '{Path}' but no fresh entry appeared within {Wait}; rendering here. A crashed instance's lock expires after Nextfunc:Cache:LockSeconds.")]
    public static partial void LockWaitExpired(ILogger logger, string path, TimeSpan wait);

    [LoggerMessage(4109, LogLevel.Information, "Output cache: using {Store} (build id '{BuildId}').")]
    public static partial void StoreSelected(ILogger logger, string store, string buildId);

    [LoggerMessage(4110, LogLevel.Warning, "Data cache: value for key '{Key}' could not be deserialized as {Type}; it is recomputed. This happens when the cached type changed without a new build id.")]
    public static partial void DataDeserializeFailed(ILogger logger, Exception exception, string key, string type);

    [LoggerMessage(4112, LogLevel.Debug, "Output cache: store call '{Operation}' for '{Key}' failed again ({Reason}) during the outage already reported (event 4101/4102); still serving without the shared store.")]
    public static partial void StoreStillFailing(ILogger logger, string operation, string key, string reason);

    [LoggerMessage(4111, LogLevel.Error, "Output cache: a background regeneration task faulted outside its own error handling.")]
    public static partial void BackgroundTaskFaulted(ILogger logger, Exception exception);

    [LoggerMessage(4114, LogLevel.Warning, "Output cache: {Setting} is set, but the app does not reference Nextfunc.Caching.AzureBlobs, so the cache uses the file store, which instances do not share. Add the package (dotnet add package Nextfunc.Caching.AzureBlobs) to cache in Blob Storage, or set Nextfunc:Cache:Store to file to keep files and silence this warning.")]
    public static partial void BlobStoreNotReferenced(ILogger logger, string setting);

    [LoggerMessage(4115, LogLevel.Debug, "Fetch cache: {Method} {Uri} is not cached: {Reason}.")]
    public static partial void FetchNotCached(ILogger logger, string method, Uri? uri, string reason);

    [LoggerMessage(4116, LogLevel.Debug, "Fetch cache: the answer to {Method} {Uri} is not stored: {Reason}.")]
    public static partial void FetchNotStored(ILogger logger, string method, Uri? uri, string reason);

    [LoggerMessage(4117, LogLevel.Warning, "Fetch cache: reading '{Key}' failed; the call goes to the service uncached.")]
    public static partial void FetchCacheFailed(ILogger logger, Exception exception, string key);
}
