using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>
/// The fetch cache's engine, one per app: answers a cached <c>HttpClient</c> call from the output cache's store (same
/// tiers, guard, tags and build id, keys under <c>{buildId}/fetch/</c>), else from the service, storing what
/// <see cref="FetchRules"/> allows; shares one answer between identical calls of a request; reports the call's tags and
/// revalidate window to the cached render that makes it. A store fault only makes the call uncached.
/// </summary>
/// <example><code>using var response = await fetchCache.SendAsync(request, options, handler, ct);</code></example>
internal sealed class FetchCache(OutputCache outputCache, ILogger<FetchCache> logger)
{
    private readonly CacheCore _core = outputCache.Core;

    public ILogger Logger => logger;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, FetchCacheOptions options, FetchCacheHandler next, CancellationToken cancellationToken)
    {
        // As in Next.js, a route built from the call is tagged with its tags and revalidated at least as often.
        CacheTags.AddRange(options.Tags);
        CacheTags.LowerRevalidate(options.Revalidate);
        var key = _core.Keys.Fetch(KeyParts(request));
        var memo = FetchRequestMemo.Current();
        var fetched = memo is null
            ? await FetchAsync(key, request, options, [], next, cancellationToken)
            : await memo.GetOrAdd(key, () => FetchAsync(key, request, options, memo.RouteTags, next, cancellationToken)).WaitAsync(cancellationToken);
        return fetched.TakeFor(request) ?? await next.SendOnAsync(request, cancellationToken);
    }

    private async Task<FetchedResponse> FetchAsync(
        string key, HttpRequestMessage request, FetchCacheOptions options, IReadOnlyList<string> routeTags, FetchCacheHandler next, CancellationToken cancellationToken)
    {
        if (await ReadFreshAsync(key, options, routeTags, cancellationToken) is { } entry)
        {
            CacheTags.AddRange(entry.Tags);
            return FetchedResponse.From(entry);
        }

        var response = await next.SendOnAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > FetchRules.MaxBodyBytes)
        {
            CacheLog.FetchNotStored(logger, request.Method.Method, request.RequestUri, FetchRules.WhyNotStored(response, response.Content.Headers.ContentLength)!);
            return FetchedResponse.Unread(response); // streamed to its caller, never buffered
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var headers = new List<KeyValuePair<string, string>>();
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
                if (FetchRules.IsKept(name))
                    foreach (var value in values)
                        headers.Add(new(name, value));
            if (FetchRules.WhyNotStored(response, body.Length) is { } reason)
                CacheLog.FetchNotStored(logger, request.Method.Method, request.RequestUri, reason);
            else
                await _core.WriteAsync(key, new CacheEntry(_core.Tags.NextCreatedAt(), options.Revalidate, 200, headers, options.Tags, null, body)); // never throws
            return new FetchedResponse(response.StatusCode, headers, body);
        }
    }

    // A fresh stored answer: not past the call's revalidate window, and neither its tags nor the route's (soft tags)
    // revalidated since it was stored. Null on a miss, and on any fault: the call then goes to the service.
    private async ValueTask<CacheEntry?> ReadFreshAsync(string key, FetchCacheOptions options, IReadOnlyList<string> routeTags, CancellationToken cancellationToken)
    {
        try
        {
            var entry = await _core.ReadAsync(key, CacheReadMode.Default, cancellationToken);
            if (entry is null || (routeTags.Count > 0 && await _core.Tags.RevalidatedSinceAsync(routeTags, entry.CreatedAt, cancellationToken)))
                return null;
            return await _core.Tags.EvaluateAsync(entry, options.Revalidate, cancellationToken) == EntryFreshness.Fresh ? entry : null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            CacheLog.FetchCacheFailed(logger, e, key);
            return null;
        }
    }

    // The method, the absolute URI and every request header but tracing ones, sorted: a call is served only an answer
    // to the same request, credentials included when they are allowed at all.
    private static List<string> KeyParts(HttpRequestMessage request)
    {
        var parts = new List<string> { request.Method.Method, request.RequestUri!.AbsoluteUri };
        var headers = new List<string>();
        foreach (var (name, values) in request.Headers)
            if (FetchRules.IsKeyed(name))
                headers.Add(name.ToLowerInvariant() + ":" + string.Join(",", values));
        headers.Sort(StringComparer.Ordinal);
        parts.AddRange(headers);
        return parts;
    }
}
