using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Fetch;

/// <summary>
/// A named <c>HttpClient</c> with the fetch cache, registered as an app does (<c>AddHttpClient("up").AddNextfuncFetchCache()</c>
/// beside the host's output cache, in memory or over a <see cref="FlakyStore"/>), calling a <see cref="CountingUpstream"/>;
/// fake time for revalidate windows.
/// </summary>
internal sealed class FetchHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FetchHarness(CountingUpstream upstream, ServiceProvider services, FakeTimeProvider time, FlakyStore? store)
    {
        Upstream = upstream;
        _services = services;
        Time = time;
        Store = store;
    }

    public CountingUpstream Upstream { get; }

    /// <summary>The cache's clock.</summary>
    public FakeTimeProvider Time { get; }
    public FlakyStore? Store { get; }
    public OutputCache Cache => _services.GetRequiredService<OutputCache>();
    public HttpClient Client => _services.GetRequiredService<IHttpClientFactory>().CreateClient("up");

    /// <param name="defaults">The client's options (<c>AddNextfuncFetchCache(defaults)</c>).</param>
    /// <param name="flakyStore">Keep the cache in a <see cref="FlakyStore"/> without an L1, so an outage reaches every read.</param>
    public static async Task<FetchHarness> StartAsync(FetchCacheOptions? defaults = null, bool flakyStore = false)
    {
        var upstream = await CountingUpstream.StartAsync();
        var services = new ServiceCollection();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        services.AddSingleton<TimeProvider>(time);
        var store = flakyStore ? new FlakyStore(new MemoryCacheStore(64 << 20, time)) : null;
        if (store is not null)
            services.AddSingleton(CacheTiers.SharedOnly(store));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Nextfunc:Cache:Store", "Memory")]).Build();
        services.AddNextfuncOutputCache(configuration, "fetch-test");
        services.AddHttpClient("up", c => c.BaseAddress = upstream.BaseAddress).AddNextfuncFetchCache(defaults);
        return new FetchHarness(upstream, services.BuildServiceProvider(), time, store);
    }

    /// <summary>GET <paramref name="path"/> with <paramref name="options"/> on the call (none: the client's); the status and body.</summary>
    public async Task<(int Status, string Body)> GetAsync(string path, FetchCacheOptions? options = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (options is not null)
            request.WithFetchCache(options);
        configure?.Invoke(request);
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs <paramref name="work"/> as a route handler runs: inside one request's scope.</summary>
    public static async Task<T> InRequest<T>(Func<Task<T>> work)
    {
        RequestScope.Enter(new DefaultHttpContext()); // undone for the caller when this method returns
        return await work();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
