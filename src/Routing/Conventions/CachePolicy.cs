using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Nextfunc.Routing.Conventions;

/// <summary>
/// What the output cache does with a route's GET, decided here and nowhere else, as Next.js decides it: whether the
/// route is prerendered (cached) at all, how long an entry stays fresh, the <c>Cache-Control</c> it is announced with,
/// and which rendered responses may be stored. The cache stage, the cache engine and the <c>prerender</c> command ask it.
/// </summary>
/// <example>
/// <code>
/// // public const string Dynamic = "force-static";  ->  CachePolicy.Forever: "s-maxage=31536000"
/// // public const int Revalidate = 60;              ->  60 s fresh: "s-maxage=60, stale-while-revalidate=31535940"
/// var policy = CachePolicy.For(RouteFileKind.Route, config, exportsGet: true);
/// </code>
/// </example>
internal sealed class CachePolicy
{
    private const int OneYear = 31536000;

    /// <summary>
    /// Creates a policy. <paramref name="revalidate"/> null: fresh until invalidated (<c>force-static</c>); otherwise the
    /// age after which an entry is served stale once and rendered again in the background.
    /// </summary>
    public CachePolicy(TimeSpan? revalidate, bool keepsOwnCacheControl = false)
    {
        Revalidate = revalidate;
        KeepsOwnCacheControl = keepsOwnCacheControl;
        var seconds = (long?)revalidate?.TotalSeconds;
        CacheControl = seconds is { } s ? $"s-maxage={s}, stale-while-revalidate={OneYear - s}" : $"s-maxage={OneYear}";
    }

    /// <summary>Cached until <c>revalidatePath</c> / <c>revalidateTag</c> (Next's <c>force-static</c>).</summary>
    public static CachePolicy Forever { get; } = new(null);

    /// <summary>The revalidate window; null when an entry is fresh until invalidated.</summary>
    public TimeSpan? Revalidate { get; }

    /// <summary>The <c>Cache-Control</c> a stored response is sent with.</summary>
    public string CacheControl { get; }

    /// <summary>
    /// True for metadata routes (<c>sitemap.xml</c>, <c>robots.txt</c>): a <c>Cache-Control</c> the handler set is kept, as
    /// Next.js keeps theirs (<c>public, max-age=0, must-revalidate</c>); a route handler's is replaced by <see cref="CacheControl"/>.
    /// </summary>
    public bool KeepsOwnCacheControl { get; }

    /// <summary>
    /// The policy of a route's GET, or null when it is not cached: a route handler is cached with <c>Dynamic =
    /// "force-static"</c> or <c>"error"</c>, or with <c>Revalidate</c> above 0 and the default <c>Dynamic</c>; never with
    /// <c>Revalidate = 0</c>. Metadata routes are always prerendered. A route that exports no GET has nothing to cache.
    /// </summary>
    public static CachePolicy? For(RouteFileKind kind, SegmentConfig config, bool exportsGet)
    {
        if (!exportsGet) return null;
        var revalidate = config.Revalidate is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        if (kind != RouteFileKind.Route)
            return revalidate is null ? ForeverKeepingOwnCacheControl : new CachePolicy(revalidate, keepsOwnCacheControl: true);
        var cached = config.Revalidate != 0 &&
            (config.Dynamic is DynamicBehavior.ForceStatic or DynamicBehavior.Error || config.Dynamic == DynamicBehavior.Auto && config.Revalidate is > 0);
        return !cached ? null : revalidate is null ? Forever : new CachePolicy(revalidate);
    }

    /// <summary>
    /// True when a rendered response may be stored: a 200 that sets no cookie (a cookie is one visitor's, never every
    /// visitor's). Anything else is served as rendered and rendered again next time.
    /// </summary>
    public static bool IsStorable(int statusCode, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (statusCode != 200) return false;
        for (var i = 0; i < headers.Count; i++)
            if (string.Equals(headers[i].Key, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary>The shorter of two revalidate windows, null being forever.</summary>
    public static TimeSpan? Shorter(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>
    /// This policy with a window no longer than <paramref name="window"/>: what a stored entry is announced with when a
    /// cached fetch of its render asked for less than the route. The same object for the same window (no allocation per hit).
    /// </summary>
    public CachePolicy Lowered(TimeSpan? window) =>
        Shorter(Revalidate, window) is { } shorter && shorter != Revalidate
            ? LoweredPolicies.GetOrAdd((shorter, KeepsOwnCacheControl), static k => new CachePolicy(k.Window, k.KeepsOwn))
            : this;

    // One per window a cached fetch uses: few, as they are constants in the app's code.
    private static readonly ConcurrentDictionary<(TimeSpan Window, bool KeepsOwn), CachePolicy> LoweredPolicies = new();

    private static readonly CachePolicy ForeverKeepingOwnCacheControl = new(null, keepsOwnCacheControl: true);
}
