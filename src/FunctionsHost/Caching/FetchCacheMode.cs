namespace Nextfunc.Caching;

/// <summary>The <c>cache</c> option of Next.js's <c>fetch(url, { cache })</c>, for an <c>HttpClient</c> call.</summary>
/// <example>
/// <code>
/// request.WithFetchCache(FetchCacheMode.NoStore);      // fetch(url, { cache: 'no-store' })
/// request.WithFetchCache(FetchCacheMode.ForceCache);   // fetch(url, { cache: 'force-cache' })
/// </code>
/// </example>
public enum FetchCacheMode
{
    /// <summary>Cached only when a <see cref="FetchCacheOptions.Revalidate"/> is given, as Next.js 15's default.</summary>
    Default,

    /// <summary><c>force-cache</c>: cached, until <see cref="FetchCacheOptions.Revalidate"/> if given, else until a tag or path is revalidated.</summary>
    ForceCache,

    /// <summary><c>no-store</c>: every call goes to the service; nothing is read from or written to the cache.</summary>
    NoStore,
}
