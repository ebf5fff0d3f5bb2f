using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Azurite;

namespace Nextfunc.Tests.Caching.Registration;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class AzuriteRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Registered_cache_creates_its_container_and_serves_hits_from_Azurite()
    {
        var container = AzuriteFixture.NewContainerName();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Nextfunc:Cache:Container"] = container,
            ["Nextfunc:Cache:MemoryLimitMB"] = "0", // force every read to the blob
        }).Build();
        await using var services = WithBlobPackage().AddNextfuncOutputCache(configuration, "b1").BuildServiceProvider();
        var cache = services.GetRequiredService<OutputCache>();
        var renders = 0;
        Task<CachedResponse> Render(CancellationToken _) =>
            Task.FromResult(new CachedResponse(200, [], "x"u8.ToArray()) { Tags = [$"r{++renders}"] });

        Assert.Equal(CacheOutcome.Miss, (await cache.GetOrRenderAsync("/p", CachePolicy.Forever, Render, default)).Outcome);
        Assert.Equal(CacheOutcome.Hit, (await cache.GetOrRenderAsync("/p", CachePolicy.Forever, Render, default)).Outcome);
        Assert.True(await azurite.CreateServiceClient().GetBlobContainerClient(container).ExistsAsync());
    }

    [Fact]
    public async Task Unreachable_storage_account_serves_uncached_without_failing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
            ["AzureWebJobsStorage"] = azurite.ConnectionString.Replace($":{new Uri(azurite.CreateServiceClient().Uri.ToString()).Port}/", ":9/", StringComparison.Ordinal),
            ["Nextfunc:Cache:StoreTimeoutSeconds"] = "5",
        }).Build();
        await using var services = WithBlobPackage().AddNextfuncOutputCache(configuration, "b1").BuildServiceProvider();
        var cache = services.GetRequiredService<OutputCache>();

        var result = await cache.GetOrRenderAsync("/p", CachePolicy.Forever, _ => Task.FromResult(new CachedResponse(200, [], "ok"u8.ToArray())), default);
        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal("ok"u8.ToArray(), result.Response.Body.ToArray());
    }

    // What the generated manifest does in an app that references Nextfunc.Caching.AzureBlobs.
    private static ServiceCollection WithBlobPackage()
    {
        var services = new ServiceCollection();
        AzureBlobsStartup.Configure(services);
        return services;
    }
}
