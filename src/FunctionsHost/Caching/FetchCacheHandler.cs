namespace Nextfunc.Caching;

/// <summary>
/// The <see cref="DelegatingHandler"/> <c>AddNextfuncFetchCache()</c> puts in a client's pipeline: a call whose options
/// (its own, else the client's) ask for caching and that <see cref="FetchRules"/> finds safe goes through
/// <see cref="FetchCache"/>; any other goes straight on.
/// </summary>
internal sealed class FetchCacheHandler(FetchCache cache, FetchCacheOptions defaults) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = request.Options.TryGetValue(FetchCacheRequestExtensions.Key, out var own) ? own : defaults;
        if (!options.Caches)
            return base.SendAsync(request, cancellationToken);
        if (FetchRules.WhyNotCached(request, options) is { } reason)
        {
            CacheLog.FetchNotCached(cache.Logger, request.Method.Method, request.RequestUri, reason);
            return base.SendAsync(request, cancellationToken);
        }

        return cache.SendAsync(request, options, this, cancellationToken);
    }

    /// <summary>The rest of the client's pipeline, for <see cref="FetchCache"/>.</summary>
    internal Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
