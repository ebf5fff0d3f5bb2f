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
    /// <see cref="NextfuncCacheOptions"/>: the store of a package's <see cref="ICacheStoreProvider"/> when its settings are present (Azure
    /// Blob with <c>Nextfunc.Caching.AzureBlobs</c>), otherwise files under <c>.nextfunc/cache</c>;
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
        services.TryAddSingleton(sp => CreateStores(sp, configuration));
        services.TryAddSingleton<BackgroundRegenerationTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundRegenerationTracker>());
        // OutputCache's and DataCache's constructors are internal (the engine and stores are not public API): DI gets factories.
        services.TryAddSingleton(sp => new OutputCache(
            sp.GetRequiredService<CacheTiers>(), sp.GetRequiredService<OutputCacheOptions>(), sp.GetRequiredService<BackgroundRegenerationTracker>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutputCache>>()));
        services.TryAddSingleton(sp => new DataCache(sp.GetRequiredService<OutputCache>()));
        return services;
    }

    private static CacheTiers CreateStores(IServiceProvider services, IConfiguration configuration)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Nextfunc.Caching.OutputCache");
        var options = services.GetRequiredService<OutputCacheOptions>();
        var settings = services.GetRequiredService<IOptions<NextfuncOptions>>().Value.Cache;
        var l1Bytes = settings.MemoryLimitMB * 1024L * 1024;
        var development = services.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        var provided = settings.Store is CacheStoreKind.Blob || settings.Store is CacheStoreKind.Auto && !development
            ? services.GetServices<ICacheStoreProvider>().Select(p => p.TryCreate(configuration, settings, options, time)).FirstOrDefault(s => s is not null)
            : null;
        ICacheStore shared;
        string description;
        if (provided is { } store)
        {
            (shared, description) = store;
        }
        else if (settings.Store == CacheStoreKind.Blob)
        {
            throw new InvalidOperationException(BlobStorageSetting(configuration, settings) is null
                ? "Nextfunc:Cache:Store is Blob, but no storage connection is set: set AzureWebJobsStorage (UseDevelopmentStorage=true for Azurite), Nextfunc:Cache:ConnectionString or AzureWebJobsStorage__blobServiceUri."
                : "Nextfunc:Cache:Store is Blob, but the app does not reference Nextfunc.Caching.AzureBlobs: add the package (dotnet add package Nextfunc.Caching.AzureBlobs).");
        }
        else if (settings.Store == CacheStoreKind.Memory || settings.Store == CacheStoreKind.Auto && development)
        {
            shared = new MemoryCacheStore(l1Bytes, time);
            description = settings.Store == CacheStoreKind.Memory
                ? "in-memory store only (not shared between instances)"
                : "in-memory store, as in Development (next dev caches nothing either: every run starts cold; set Nextfunc:Cache:Store to File or Blob to use a lasting store)";
        }
        else
        {
            var root = settings.Path is { Length: > 0 } path
                ? path
                : Path.Combine(services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), ".nextfunc", "cache");
            shared = new FileCacheStore(root, time);
            description = $"file store '{Path.GetFullPath(root)}'";
            if (settings.Store == CacheStoreKind.Auto && BlobStorageSetting(configuration, settings) is { } setting)
                CacheLog.BlobStoreNotReferenced(logger, setting);
        }

        CacheLog.StoreSelected(logger, description, options.BuildId);
        return shared switch
        {
            MemoryCacheStore memory => CacheTiers.MemoryOnly(memory),
            _ when l1Bytes == 0 => CacheTiers.SharedOnly(shared),
            _ => CacheTiers.Tiered(new MemoryCacheStore(l1Bytes, time), shared),
        };
    }

    // The settings that select Blob Storage when Nextfunc.Caching.AzureBlobs is referenced.
    private static string? BlobStorageSetting(IConfiguration configuration, NextfuncCacheOptions settings) =>
        settings.ConnectionString is { Length: > 0 } ? "Nextfunc:Cache:ConnectionString"
        : !string.IsNullOrWhiteSpace(configuration["AzureWebJobsStorage"]) ? "AzureWebJobsStorage"
        : configuration["AzureWebJobsStorage:blobServiceUri"] is { Length: > 0 } ? "AzureWebJobsStorage__blobServiceUri"
        : null;
}
