using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Nextfunc.Caching;
using Nextfunc.Settings;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// Supplies the Blob Storage store when a connection is configured: <c>Nextfunc:Cache:ConnectionString</c>, else the
/// Functions host's own <c>AzureWebJobsStorage</c> (<c>UseDevelopmentStorage=true</c> is Azurite), else an identity-based
/// <c>AzureWebJobsStorage__blobServiceUri</c> (managed identity, with <c>__clientId</c> for a user-assigned one).
/// </summary>
/// <example><code>services.AddSingleton&lt;ICacheStoreProvider, BlobCacheStoreProvider&gt;();</code></example>
internal sealed class BlobCacheStoreProvider : ICacheStoreProvider
{
    /// <inheritdoc />
    public (ICacheStore Store, string Description)? TryCreate(IConfiguration configuration, NextfuncCacheOptions settings, OutputCacheOptions options, TimeProvider time)
    {
        if (CreateContainer(configuration, settings, options) is not { } container)
            return null;
        var copies = new BlobEntryCopies(options.EntryCopies, options.InstanceId);
        return (new BlobCacheStore(container, time, copies), $"Azure Blob container '{container.Name}' at {container.Uri.GetLeftPart(UriPartial.Authority)}");
    }

    private static BlobContainerClient? CreateContainer(IConfiguration configuration, NextfuncCacheOptions settings, OutputCacheOptions options)
    {
        var clientOptions = new BlobClientOptions();
        // The engine bounds each call by StoreTimeout; long SDK retries would only hide an outage behind it.
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
        clientOptions.Retry.NetworkTimeout = options.StoreTimeout;

        // AzureWebJobsStorage* are the Functions host's own settings, read as the host reads them.
        var connectionString = settings.ConnectionString is { Length: > 0 } own ? own : configuration["AzureWebJobsStorage"];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            // "UseDevelopmentStorage=true" is understood by the SDK and points at Azurite on 127.0.0.1:10000.
            return new BlobServiceClient(connectionString, clientOptions).GetBlobContainerClient(settings.Container);
        }

        if (configuration["AzureWebJobsStorage:blobServiceUri"] is { Length: > 0 } serviceUri)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = configuration["AzureWebJobsStorage:clientId"],
            });
            return new BlobServiceClient(new Uri(serviceUri), credential, clientOptions).GetBlobContainerClient(settings.Container);
        }

        return null;
    }
}
