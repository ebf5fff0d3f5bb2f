using System.Collections.Concurrent;
using Nextfunc.Caching;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Pipeline;

/// <summary>
/// A prerendered route's revalidate window as the output cache takes it and as Next.js announces it in
/// <c>Cache-Control</c>; built once per distinct <c>Revalidate</c> value, not per request.
/// </summary>
internal sealed record Revalidation(CachePolicy Policy, string CacheControl)
{
    private const int OneYear = 31536000;
    private static readonly Revalidation Forever = new(CachePolicy.Forever, $"s-maxage={OneYear}");
    private static readonly ConcurrentDictionary<int, Revalidation> BySeconds = new();

    /// <summary>The route's window: <c>force-static</c> (no <c>Revalidate</c>) is cached until invalidated.</summary>
    public static Revalidation Of(RouteEntry route) =>
        route.Config.Revalidate is { } seconds ? BySeconds.GetOrAdd(seconds, Create) : Forever;

    private static Revalidation Create(int seconds) =>
        new(new CachePolicy(TimeSpan.FromSeconds(seconds)), $"s-maxage={seconds}, stale-while-revalidate={OneYear - seconds}");
}
