using System.Net;

namespace Nextfunc.Caching;

/// <summary>
/// What the fetch cache takes, decided here and nowhere else (docs/caching.md, "The fetch cache" lists the same): which
/// calls are cached at all, and which answers are stored.
/// </summary>
/// <example><code>if (FetchRules.WhyNotCached(request, options) is { } reason) logger.LogDebug(reason);</code></example>
internal static class FetchRules
{
    /// <summary>The largest body stored: Next.js's limit for one fetch cache item (2 MB).</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Request headers that carry who is calling.</summary>
    private static readonly string[] Credentials = ["Authorization", "Proxy-Authorization", "Cookie"];

    /// <summary>Why a call the options would cache is not, or null when it is: only a GET or HEAD without a body, and without credentials unless allowed.</summary>
    public static string? WhyNotCached(HttpRequestMessage request, FetchCacheOptions options)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
            return "only GET and HEAD are cached";
        if (request.Content is not null)
            return "a request with a body is not cached";
        if (request.RequestUri is not { IsAbsoluteUri: true })
            return "the request has no absolute URI";
        if (!options.AllowCredentials)
            foreach (var name in Credentials)
                if (request.Headers.Contains(name))
                    return $"the request has a {name} header (set AllowCredentials to cache it)";
        return null;
    }

    /// <summary>
    /// Why an answer is not stored, or null when it is: a 200 (as Next.js stores only 200s, and as the output cache does),
    /// without <c>Set-Cookie</c>, <c>Cache-Control: no-store</c> or <c>private</c>, or <c>Vary: *</c>, whose body is at most
    /// <see cref="MaxBodyBytes"/>.
    /// </summary>
    public static string? WhyNotStored(HttpResponseMessage response, long? bodyLength)
    {
        if (response.StatusCode != HttpStatusCode.OK)
            return $"status {(int)response.StatusCode} (only 200 is stored)";
        if (response.Headers.Contains("Set-Cookie"))
            return "the response sets a cookie";
        if (response.Headers.CacheControl is { } cacheControl && (cacheControl.NoStore || cacheControl.Private))
            return "the response says Cache-Control: " + (cacheControl.NoStore ? "no-store" : "private");
        if (response.Headers.Vary.Contains("*"))
            return "the response says Vary: *";
        if (bodyLength > MaxBodyBytes)
            return $"the body is over {MaxBodyBytes} bytes";
        return null;
    }

    /// <summary>The headers kept with a stored answer: all but the connection's own.</summary>
    public static bool IsKept(string name) =>
        !name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && !name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
        && !name.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase);

    /// <summary>Request headers left out of the cache key: tracing, which differs on every call.</summary>
    public static bool IsKeyed(string name) =>
        !name.Equals("traceparent", StringComparison.OrdinalIgnoreCase) && !name.Equals("tracestate", StringComparison.OrdinalIgnoreCase)
        && !name.Equals("Request-Id", StringComparison.OrdinalIgnoreCase) && !name.Equals("baggage", StringComparison.OrdinalIgnoreCase);
}
