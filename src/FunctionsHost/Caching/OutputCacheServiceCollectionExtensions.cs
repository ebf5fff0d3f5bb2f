using System.Globalization;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Serverless.FunctionsHost.Caching;

/// <summary>DI registration of the output cache, data cache and their store.</summary>
internal static class OutputCacheServiceCollectionExtensions
{
    /// <summary>Configuration section of the cache settings (docs/caching.md lists them).</summary>
    public const string SectionName = "Serverless:Cache";

    /// <summary>
    /// Registers <see cref="OutputCache"/>, <see cref="DataCache"/>, <see cref="BackgroundRegenerationTracker"/> (also as a
    /// hosted service that awaits regenerations on shutdown) and an <see cref="ICacheStore"/> chosen from configuration:
    /// Azure Blob when <c>Serverless:Cache:ConnectionString</c>, <c>AzureWebJobsStorage</c> or
    /// <c>AzureWebJobsStorage__blobServiceUri</c> is set, otherwise files under <c>.serverless/cache</c>;
    /// both behind an in-memory L1 unless <c>Serverless:Cache:MemoryLimitMB</c> is 0.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddServerlessOutputCache(builder.Configuration, buildId: manifest.BuildId);
    /// </code>
    /// </example>
    public static IServiceCollection AddServerlessOutputCache(this IServiceCollection services, IConfiguration configuration, string buildId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(buildId);
        var section = configuration.GetSection(SectionName);
        var options = new OutputCacheOptions
        {
            BuildId = buildId,
            StoreTimeout = Seconds(section, "StoreTimeoutSeconds", 1),
            FailureCooldown = Seconds(section, "FailureCooldownSeconds", 2),
            LockDuration = Seconds(section, "LockSeconds", 30),
            LockWait = Seconds(section, "LockWaitSeconds", 3),
            TagCheckInterval = Seconds(section, "TagCheckIntervalSeconds", 1),
        };

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton<ICacheStore>(sp => CreateStore(sp, configuration, options));
        services.TryAddSingleton<BackgroundRegenerationTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundRegenerationTracker>());
        // OutputCache's and DataCache's constructors are internal (the engine and stores are not public API): DI gets factories.
        services.TryAddSingleton(sp => new OutputCache(
            sp.GetRequiredService<ICacheStore>(), sp.GetRequiredService<OutputCacheOptions>(), sp.GetRequiredService<BackgroundRegenerationTracker>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutputCache>>()));
        services.TryAddSingleton(sp => new DataCache(sp.GetRequiredService<OutputCache>()));
        return services;
    }

    private static ICacheStore CreateStore(IServiceProvider services, IConfiguration configuration, OutputCacheOptions options)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Serverless.FunctionsHost.Caching.OutputCache");
        var section = configuration.GetSection(SectionName);
        var kind = section["Store"]?.Trim().ToLowerInvariant();
        ICacheStore shared;
        string description;
        if (kind != "file" && kind != "memory" && CreateBlobContainer(configuration, options) is { } container)
        {
            shared = new BlobCacheStore(container, time);
            description = $"Azure Blob container '{container.Name}' at {container.Uri.GetLeftPart(UriPartial.Authority)}";
        }
        else if (kind == "memory")
        {
            shared = new MemoryCacheStore(MegaBytes(section, "MemoryLimitMB", 64, minimum: 1), time);
            description = "in-memory store only (not shared between instances)";
        }
        else
        {
            var root = section["Path"] is { Length: > 0 } path
                ? path
                : Path.Combine(services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), ".serverless", "cache");
            shared = new FileCacheStore(root, time);
            description = $"file store '{Path.GetFullPath(root)}'";
        }

        CacheLog.StoreSelected(logger, description, options.BuildId);
        var l1Bytes = MegaBytes(section, "MemoryLimitMB", 64, minimum: 0);
        return l1Bytes == 0 || shared is MemoryCacheStore ? shared : new TieredCacheStore(new MemoryCacheStore(l1Bytes, time), shared);
    }

    private static BlobContainerClient? CreateBlobContainer(IConfiguration configuration, OutputCacheOptions options)
    {
        var containerName = configuration[$"{SectionName}:Container"] is { Length: > 0 } name ? name : "serverless-cache";
        var clientOptions = new BlobClientOptions();
        // The engine bounds each call by StoreTimeout; long SDK retries would only hide an outage behind it.
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
        clientOptions.Retry.NetworkTimeout = options.StoreTimeout;

        var connectionString = configuration[$"{SectionName}:ConnectionString"] is { Length: > 0 } own ? own : configuration["AzureWebJobsStorage"];
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

    private static TimeSpan Seconds(IConfiguration section, string name, double fallback) =>
        TimeSpan.FromSeconds(double.TryParse(section[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback);

    private static long MegaBytes(IConfiguration section, string name, long fallback, long minimum) =>
        (long.TryParse(section[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum ? value : Math.Max(fallback, minimum)) * 1024 * 1024;
}
