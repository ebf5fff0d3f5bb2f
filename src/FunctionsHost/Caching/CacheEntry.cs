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
    private CachedResponse? _response;

    /// <summary>
    /// The <see cref="TagRevalidations"/> version at which this entry was last judged fresh without a revalidate window, or
    /// -1: while that version holds, no tag of it can have changed, so a hit needs neither a tag lookup nor the clock.
    /// </summary>
    internal long FreshAtVersion = -1;

    /// <summary>The entry as a response; one object per entry, so an entry held in the L1 costs a hit no allocation.</summary>
    public CachedResponse ToResponse() =>
        _response ??= new(StatusCode, Headers, Body) { Tags = Tags, ETag = ETag, CreatedAt = CreatedAt, Revalidate = Revalidate };
}
