namespace Nextfunc.Caching;

/// <summary>One stored entry: a route response or (with <see cref="StatusCode"/> 0) a data-cache JSON value.</summary>
internal sealed record CacheEntry(
    DateTimeOffset CreatedAt,
    TimeSpan? Revalidate,
    int StatusCode,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<string> Tags,
    string? ETag,
    ReadOnlyMemory<byte> Body)
{
    public CachedResponse ToResponse() =>
        new(StatusCode, Headers, Body) { Tags = Tags, ETag = ETag, CreatedAt = CreatedAt };
}
