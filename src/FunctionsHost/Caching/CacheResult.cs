namespace Nextfunc.Caching;

/// <summary>The response to send and how the cache produced it.</summary>
/// <example><code>var (response, outcome) = await cache.GetOrRenderAsync("/api/static", CachePolicy.Forever, render, ct);</code></example>
/// <param name="Response">The response to write; <see cref="CachedResponse.ETag"/> is set when it is (or was) stored.</param>
/// <param name="Outcome">Hit, miss or stale.</param>
internal readonly record struct CacheResult(CachedResponse Response, CacheOutcome Outcome);
