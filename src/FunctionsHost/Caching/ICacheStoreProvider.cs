using Microsoft.Extensions.Configuration;
using Nextfunc.Settings;

namespace Nextfunc.Caching;

/// <summary>
/// A shared store a package adds (Blob Storage: <c>Nextfunc.Caching.AzureBlobs</c>), chosen when its settings are present.
/// With <c>Nextfunc:Cache:Store</c> on <c>auto</c>, the first provider that finds its settings supplies the store every
/// instance shares; without one the file store is used.
/// </summary>
/// <example>
/// <code>
/// services.AddSingleton&lt;ICacheStoreProvider, BlobCacheStoreProvider&gt;();
/// </code>
/// </example>
internal interface ICacheStoreProvider
{
    /// <summary>
    /// The store configured in <paramref name="configuration"/>, and how to name it in the start-up log line; null when this
    /// provider's settings are absent.
    /// </summary>
    (ICacheStore Store, string Description)? TryCreate(IConfiguration configuration, NextfuncCacheOptions settings, OutputCacheOptions options, TimeProvider time);
}
