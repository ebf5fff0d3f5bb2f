namespace Nextfunc.Caching;

/// <summary>
/// Per-call options of the fetch cache (<c>AddNextfuncFetchCache()</c> on the client), as the second argument of Next.js's
/// <c>fetch</c>: they ride on <see cref="HttpRequestMessage.Options"/> and win over the client's defaults.
/// </summary>
/// <example>
/// <code>
/// using var request = new HttpRequestMessage(HttpMethod.Get, "/products")
///     .WithFetchCache(revalidate: TimeSpan.FromSeconds(60), tags: ["products"]);
/// using var response = await cms.SendAsync(request, ct);
/// </code>
/// </example>
public static class FetchCacheRequestExtensions
{
    internal static readonly HttpRequestOptionsKey<FetchCacheOptions> Key = new("Nextfunc.FetchCache");

    /// <summary>Caches this call with <paramref name="options"/>.</summary>
    public static HttpRequestMessage WithFetchCache(this HttpRequestMessage request, FetchCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        request.Options.Set(Key, options);
        return request;
    }

    /// <summary>
    /// <c>fetch(url, { cache: 'force-cache', next: { revalidate, tags } })</c>: caches this call for
    /// <paramref name="revalidate"/> (null: until a tag or path is revalidated), tagged with <paramref name="tags"/>.
    /// </summary>
    public static HttpRequestMessage WithFetchCache(this HttpRequestMessage request, TimeSpan? revalidate = null, IReadOnlyList<string>? tags = null) =>
        request.WithFetchCache(new FetchCacheOptions { Cache = FetchCacheMode.ForceCache, Revalidate = revalidate, Tags = tags ?? [] });

    /// <summary><c>fetch(url, { cache })</c>: <see cref="FetchCacheMode.NoStore"/> sends this call to the service whatever the client's defaults.</summary>
    public static HttpRequestMessage WithFetchCache(this HttpRequestMessage request, FetchCacheMode cache) =>
        request.WithFetchCache(new FetchCacheOptions { Cache = cache });
}
