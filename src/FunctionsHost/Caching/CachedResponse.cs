namespace Nextfunc.Caching;

/// <summary>
/// A whole HTTP response of a cacheable GET route handler: what the output cache stores and returns.
/// </summary>
/// <example>
/// <code>
/// var response = new CachedResponse(200, [new("content-type", "application/json")], "{}"u8.ToArray())
/// {
///     Tags = ["products"],   // explicit cache tags, like Next's cacheTag()
/// };
/// </code>
/// </example>
/// <param name="StatusCode">HTTP status. Only 200 is stored.</param>
/// <param name="Headers">Response headers in order; repeated names allowed. A Set-Cookie header prevents storage.</param>
/// <param name="Body">The response body bytes.</param>
internal sealed record CachedResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>Cache tags of the entry: explicit tags, tags of data-cache reads during the render and the implicit path tag.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Strong ETag (quoted hash of the body) of a stored entry; <c>null</c> for responses that were not stored.</summary>
    public string? ETag { get; init; }

    /// <summary>When the stored entry was rendered; default for responses that were not stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The revalidate window the stored entry has: the route's, or shorter when a fetch made during its render asked for
    /// less (docs/caching.md, "The fetch cache"); null when it is fresh until invalidated or was not stored.
    /// </summary>
    public TimeSpan? Revalidate { get; init; }
}
