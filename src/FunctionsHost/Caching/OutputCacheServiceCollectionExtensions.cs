using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nextfunc.Settings;

namespace Nextfunc.Caching;

/// <summary>DI registration of the output cache, data cache and their store.</summary>
internal static class OutputCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OutputCache"/>, <see cref="DataCache"/>, <see cref="BackgroundRegenerationTracker"/> (also as a
    /// hosted service that awaits regenerations on shutdown) and an <see cref="ICacheStore"/> chosen from
    /// <see cref="NextfuncCacheOptions"/>: Azure Blob when <c>Nextfunc:Cache:ConnectionString</c>, <c>AzureWebJobsStorage</c> or
    /// <c>AzureWebJobsStorage__blobServiceUri</c> is set, otherwise files under <c>.nextfunc/cache</c>;
    /// both behind an in-memory L1 unless <c>Nextfunc:Cache:MemoryLimitMB</c> is 0.
    /// <paramref name="buildId"/> is used unless <c>Nextfunc:BuildId</c> is set.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddNextfuncOutputCache(builder.Configuration, buildId: manifest.BuildId);
    /// </code>
    /// </example>
    public static IServiceCollection AddNextfuncOutputCache(this IServiceCollection services, IConfiguration configuration, string buildId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(buildId);
        services.AddNextfuncOptions(configuration);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => OutputCacheOptions.From(sp.GetRequiredService<IOptions<NextfuncOptions>>().Value, buildId));
        services.TryAddSingleton<ICacheStore>(sp => CreateStore(sp, configuration));
        services.TryAddSingleton<BackgroundRegenerationTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundRegenerationTracker>());
        // OutputCache's and DataCache's constructors are internal (the engine and stores are not public API): DI gets factories.
        services.TryAddSingleton(sp => new OutputCache(
            sp.GetRequiredService<ICacheStore>(), sp.GetRequiredService<OutputCacheOptions>(), sp.GetRequiredService<BackgroundRegenerationTracker>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutputCache>>()));
        services.TryAddSingleton(sp => new DataCache(sp.GetRequiredService<OutputCache>()));
        return services;
    }

    private static ICacheStore CreateStore(IServiceProvider services, IConfiguration configuration)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Nextfunc.Caching.OutputCache");
        var options = services.GetRequiredService<OutputCacheOptions>();
        var settings = services.GetRequiredService<IOptions<NextfuncOptions>>().Value.Cache;
        var l1Bytes = settings.MemoryLimitMB * 1024L * 1024;
        ICacheStore shared;
        string description;
        if (settings.Store == CacheStoreKind.Auto && CreateBlobContainer(configuration, settings, options) is { } container)
        {
            shared = new BlobCacheStore(container, time);
            description = $"Azure Blob container '{container.Name}' at {container.Uri.GetLeftPart(UriPartial.Authority)}";
        }
        else if (settings.Store == CacheStoreKind.Memory)
        {
            shared = new MemoryCacheStore(l1Bytes, time);
            description = "in-memory store only (not shared between instances)";
        }
        else
        {
            var root = settings.Path is { Length: > 0 } path
                ? path
                : Path.Combine(services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), ".nextfunc", "cache");
            shared = new FileCacheStore(root, time);
            description = $"file store '{Path.GetFullPath(root)}'";
        }

        CacheLog.StoreSelected(logger, description, options.BuildId);
        return l1Bytes == 0 || shared is MemoryCacheStore ? shared : new TieredCacheStore(new MemoryCacheStore(l1Bytes, time), shared);
    }

    private static BlobContainerClient? CreateBlobContainer(IConfiguration configuration, NextfuncCacheOptions settings, OutputCacheOptions options)
    {
        var containerName = settings.Container;
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
            return new BlobServiceClient(connectionString, clientOptions).GetBlobContainerClient(containerName);
        }

        if (configuration["AzureWebJobsStorage:blobServiceUri"] is { Length: > 0 } serviceUri)
        {
            // Identity-based connection, same settings as the Functions host (AzureWebJobsStorage__blobServiceUri / __clientId).
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = configuration["AzureWebJobsStorage:clientId"],
            });
            return new BlobServiceClient(new Uri(serviceUri), credential, clientOptions).GetBlobContainerClient(containerName);
        }

        return null;
    }
}
