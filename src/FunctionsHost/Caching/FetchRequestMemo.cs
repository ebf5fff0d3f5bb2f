using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;

namespace Nextfunc.Caching;

/// <summary>
/// The cached calls one request (or one render of a cached route) has made, so identical ones share one answer, and the
/// route's own tags (its path, <c>page</c> and <c>layout</c> tags): a cached call made while the route renders is
/// purged by <c>RevalidatePathAsync</c> of that route, as Next.js's soft tags do. Kept on the request's features.
/// </summary>
/// <example><code>FetchRequestMemo.Begin(renderContext, [CacheKeys.PathTag("/api/products"), .. implicitTags]);</code></example>
internal sealed class FetchRequestMemo(IReadOnlyList<string> routeTags)
{
    // Taken only to make a request's memo: two calls of a request may start on two threads at once.
    private static readonly Lock Gate = new();

    private ConcurrentDictionary<string, Lazy<Task<FetchedResponse>>>? _calls;

    /// <summary>Tags of the route being served: a call's stored answer older than their last revalidation is not used.</summary>
    public IReadOnlyList<string> RouteTags { get; } = routeTags;

    /// <summary>Starts the memo of a render of a cached route, with its tags.</summary>
    public static void Begin(HttpContext context, IReadOnlyList<string> routeTags) => context.Features.Set(new FetchRequestMemo(routeTags));

    /// <summary>The memo of the request whose handler is running (made on its first cached call); null outside a handler.</summary>
    public static FetchRequestMemo? Current()
    {
        if (RequestScope.CurrentOrNull is not { } context)
            return null;
        lock (Gate)
        {
            if (context.Features.Get<FetchRequestMemo>() is { } memo)
                return memo;
            memo = new FetchRequestMemo([]);
            context.Features.Set(memo);
            return memo;
        }
    }

    /// <summary>The answer of the first call with <paramref name="key"/> in this request, starting it with <paramref name="fetch"/> if none.</summary>
    public Task<FetchedResponse> GetOrAdd(string key, Func<Task<FetchedResponse>> fetch)
    {
        var calls = LazyInitializer.EnsureInitialized(ref _calls, static () => new(StringComparer.Ordinal));
        return calls.GetOrAdd(key, static (_, fetch) => new Lazy<Task<FetchedResponse>>(fetch), fetch).Value;
    }
}
