using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Tests.Middleware.Support;

namespace Nextfunc.Tests.Caching.Registration;

/// <summary>Which store the settings select, with and without the blob store package (its start-up registered or not).</summary>
[Trait("Category", "InProcess")]
public sealed class ServiceRegistrationTests
{
    private readonly LogSink _log = new();

    private ServiceProvider Build(bool withBlobPackage, params (string Key, string Value)[] settings) =>
        Build(withBlobPackage, Environments.Production, settings);

    private ServiceProvider Build(bool withBlobPackage, string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(_log));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        if (withBlobPackage)
            AzureBlobsStartup.Configure(services); // what the generated manifest runs when the app references the package
        return services.AddNextfuncOutputCache(configuration, "build-42").BuildServiceProvider();
    }

    [Fact]
    public void Without_storage_settings_the_file_store_is_used_behind_an_L1()
    {
        var folder = Path.Combine(Path.GetTempPath(), "svc-di-" + Guid.NewGuid().ToString("N"));
        using var services = Build(withBlobPackage: true, ("Nextfunc:Cache:Path", folder));
        var tiers = services.GetRequiredService<CacheTiers>();
        Assert.True(tiers.IsTiered);
        Assert.Equal(Path.GetFullPath(folder), Assert.IsType<FileCacheStore>(tiers.SharedBehindLocal).RootPath);
        Assert.Same(services.GetRequiredService<OutputCache>(), services.GetRequiredService<OutputCache>());
        Assert.NotNull(services.GetRequiredService<DataCache>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is BackgroundRegenerationTracker);
    }

    [Fact]
    public void Default_file_store_lives_under_the_content_root()
    {
        using var services = Build(withBlobPackage: false);
        var expected = Path.Combine(Directory.GetCurrentDirectory(), ".nextfunc", "cache");
        Assert.Equal(expected, Assert.IsType<FileCacheStore>(services.GetRequiredService<CacheTiers>().SharedBehindLocal).RootPath);
    }

    [Fact]
    public void UseDevelopmentStorage_selects_the_blob_store_on_Azurite_with_the_default_container()
    {
        using var services = Build(withBlobPackage: true, ("AzureWebJobsStorage", "UseDevelopmentStorage=true"));
        var blob = Assert.IsType<BlobCacheStore>(services.GetRequiredService<CacheTiers>().SharedBehindLocal);
        Assert.Equal("nextfunc-cache", blob.Container.Name);
        Assert.Equal("127.0.0.1", blob.Container.Uri.Host);
    }

    [Fact]
    public void Storage_configured_without_the_blob_package_uses_the_file_store_and_says_which_package_to_add()
    {
        using var services = Build(withBlobPackage: false, ("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        Assert.IsType<FileCacheStore>(services.GetRequiredService<CacheTiers>().SharedBehindLocal);
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("AzureWebJobsStorage is set", warning.Message);
        Assert.Contains("Nextfunc.Caching.AzureBlobs", warning.Message);
    }

    [Fact]
    public void Dedicated_connection_string_wins_and_container_is_configurable()
    {
        using var services = Build(withBlobPackage: true,
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("Nextfunc:Cache:ConnectionString", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net"),
            ("Nextfunc:Cache:Container", "my-cache"),
            ("Nextfunc:Cache:MemoryLimitMB", "0"));
        var tiers = services.GetRequiredService<CacheTiers>();
        Assert.Null(tiers.Local);
        var blob = Assert.IsType<BlobCacheStore>(tiers.Store);
        Assert.Equal("acct.blob.core.windows.net", blob.Container.Uri.Host);
        Assert.Equal("my-cache", blob.Container.Name);
    }

    [Fact]
    public void Identity_based_connection_uses_the_blob_service_uri()
    {
        using var services = Build(withBlobPackage: true,
            ("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.windows.net"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"));
        var blob = Assert.IsType<BlobCacheStore>(services.GetRequiredService<CacheTiers>().SharedBehindLocal);
        Assert.Equal("https://acct.blob.core.windows.net/nextfunc-cache", blob.Container.Uri.ToString());
    }

    [Fact]
    public void Store_kind_override_and_timeouts_are_read_from_configuration()
    {
        using var services = Build(withBlobPackage: true,
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("Nextfunc:Cache:Store", "memory"),
            ("Nextfunc:Cache:StoreTimeoutSeconds", "0.25"),
            ("Nextfunc:Cache:TagCheckIntervalSeconds", "0"));
        var tiers = services.GetRequiredService<CacheTiers>();
        Assert.False(tiers.IsTiered);
        Assert.IsType<MemoryCacheStore>(tiers.Store);
        Assert.DoesNotContain(_log.Entries, e => e.Level >= LogLevel.Warning);
        var options = services.GetRequiredService<OutputCacheOptions>();
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.StoreTimeout);
        Assert.Equal(TimeSpan.Zero, options.TagCheckInterval);
        Assert.Equal("build-42", options.BuildId);
    }

    [Fact]
    public void In_Development_the_default_store_is_memory_even_with_storage_configured_and_the_start_says_so()
    {
        using var services = Build(withBlobPackage: true, Environments.Development, ("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        Assert.IsType<MemoryCacheStore>(services.GetRequiredService<CacheTiers>().Store);
        Assert.Contains(_log.Entries, e => e.Message.Contains("in-memory store, as in Development", StringComparison.Ordinal));
    }

    [Fact]
    public void In_Development_Store_Blob_uses_the_blob_store()
    {
        using var services = Build(withBlobPackage: true, Environments.Development,
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("Nextfunc:Cache:Store", "Blob"));

        Assert.IsType<BlobCacheStore>(services.GetRequiredService<CacheTiers>().SharedBehindLocal);
    }

    [Fact]
    public void Store_Blob_without_the_package_fails_the_start_naming_the_package()
    {
        using var services = Build(withBlobPackage: false, ("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("Nextfunc:Cache:Store", "Blob"));

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<CacheTiers>());
        Assert.Contains("dotnet add package Nextfunc.Caching.AzureBlobs", error.Message);
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Tests";
        public string ContentRootPath { get; set; } = Directory.GetCurrentDirectory();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
