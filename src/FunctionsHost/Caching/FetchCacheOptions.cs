namespace Nextfunc.Caching;

/// <summary>
/// How an <c>HttpClient</c> call is cached by the fetch cache, like the options of Next.js's
/// <c>fetch(url, { cache, next: { revalidate, tags } })</c>: per call with <c>request.WithFetchCache(…)</c>, or for every
/// call of a client with <c>AddNextfuncFetchCache(defaults)</c>. Which responses are stored: docs/caching.md, "The fetch cache".
/// </summary>
/// <example>
/// <code>
/// // fetch(url, { next: { revalidate: 60, tags: ['products'] } })
/// var options = new FetchCacheOptions { Revalidate = TimeSpan.FromSeconds(60), Tags = ["products"] };
/// using var request = new HttpRequestMessage(HttpMethod.Get, "/products").WithFetchCache(options);
/// </code>
/// </example>
public sealed record FetchCacheOptions
{
    /// <summary><c>cache</c>: <see cref="FetchCacheMode.Default"/> caches only with a <see cref="Revalidate"/>.</summary>
    public FetchCacheMode Cache { get; init; }

    /// <summary>
    /// <c>next.revalidate</c>: the age after which the response is fetched again; <see cref="TimeSpan.Zero"/> is
    /// <c>no-store</c>. A cached route that makes the call is revalidated at least as often.
    /// </summary>
    public TimeSpan? Revalidate { get; init; }

    /// <summary><c>next.tags</c>: <see cref="OutputCache.RevalidateTagAsync"/> of any of them purges the response, and the cached routes that used it.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Cache a call that carries credentials (an <c>Authorization</c>, <c>Proxy-Authorization</c> or <c>Cookie</c>
    /// header), which is never cached otherwise. The credentials are part of the cache key, so a response is only ever
    /// served to a call with the same ones; set it only when the service's answer to them may be shared by this app.
    /// </summary>
    public bool AllowCredentials { get; init; }

    /// <summary>True when a call with these options is read from and written to the cache.</summary>
    internal bool Caches => Cache != FetchCacheMode.NoStore && Revalidate != TimeSpan.Zero && (Cache == FetchCacheMode.ForceCache || Revalidate is not null);
}
