using Microsoft.Extensions.DependencyInjection.Extensions;
using Nextfunc.Caching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the fetch cache (Next.js's <c>fetch</c> cache, for <c>HttpClient</c>) to a client of <c>IHttpClientFactory</c>.</summary>
/// <example>
/// <code>
/// builder.Services.AddHttpClient("cms", c => c.BaseAddress = new Uri("https://cms.example.com"))
///     .AddNextfuncFetchCache(new FetchCacheOptions { Revalidate = TimeSpan.FromMinutes(5), Tags = ["cms"] });
/// </code>
/// </example>
public static class FetchCacheHttpClientBuilderExtensions
{
    /// <summary>
    /// Caches the client's GET and HEAD responses in the output cache's store (Blob, files or memory, with its L1), as
    /// <paramref name="defaults"/> or a call's own <c>WithFetchCache(…)</c> say; without either a call is not cached, as
    /// in Next.js 15. Identical cached calls made while one route renders share one response, <c>RevalidateTagAsync</c>
    /// and <c>RevalidatePathAsync</c> purge them, and a cached route that makes a call is revalidated at least as often
    /// as the call. A storage fault never fails a call: it goes to the service uncached. The rules: docs/caching.md.
    /// </summary>
    public static IHttpClientBuilder AddNextfuncFetchCache(this IHttpClientBuilder builder, FetchCacheOptions? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<FetchCache>(static sp => new FetchCache(
            sp.GetService<OutputCache>() ?? throw new InvalidOperationException(
                "AddNextfuncFetchCache() stores responses in the Nextfunc output cache, which is registered by NextfuncApp.CreateBuilder: add the client to that builder's Services."),
            sp.GetRequiredService<Logging.ILogger<FetchCache>>()));
        var options = defaults ?? new FetchCacheOptions();
        return builder.AddHttpMessageHandler(sp => new FetchCacheHandler(sp.GetRequiredService<FetchCache>(), options));
    }
}
