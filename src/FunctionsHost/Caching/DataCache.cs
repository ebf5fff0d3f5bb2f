using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching;

/// <summary>
/// Next's <c>unstable_cache(fn, keyParts, {tags, revalidate})</c>: caches a computed value as JSON in the same
/// store as the output cache. The value's tags are reported to the render that reads it (hit or miss), so
/// <c>RevalidateTag</c> reaches route responses built from it. Expired or invalidated values are recomputed
/// before returning (no stale step); concurrent callers of one key share one computation per instance.
/// </summary>
/// <example>
/// <code>
/// var products = await dataCache.GetOrCreateAsync(["products", category],
///     ct => db.LoadProductsAsync(category, ct),
///     new DataCacheOptions { Tags = ["products"] }, AppJsonContext.Default.ListProduct, ct);
/// </code>
/// </example>
public sealed class DataCache
{
    private readonly CacheCore _core;
    private readonly SingleFlight<CacheEntry> _flights = new();

    // Resolved from DI (a handler parameter); the cache engine it wraps is not public.
    internal DataCache(OutputCache outputCache) => _core = outputCache.Core;

    /// <summary>Returns the cached value for <paramref name="keyParts"/> or computes, stores and returns it (Native AOT safe).</summary>
    public async Task<T> GetOrCreateAsync<T>(string[] keyParts, Func<CancellationToken, Task<T>> factory, DataCacheOptions options, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keyParts);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var key = _core.Keys.Data(keyParts);
        var entry = await _core.ReadAsync(key, CacheReadMode.Default, ct);
        if (entry is not null
            && await _core.Tags.EvaluateAsync(entry, options.Revalidate, ct) == EntryFreshness.Fresh
            && TryDeserialize(key, entry, typeInfo, out var cached))
        {
            CacheTags.AddRange(entry.Tags);
            return cached;
        }

        var created = await _flights.RunAsync(key, () => ComputeAsync(key, factory, options, typeInfo), ct);
        CacheTags.AddRange(created.Tags);
        return JsonSerializer.Deserialize(created.Body.Span, typeInfo)!;
    }

    /// <summary>Convenience overload using reflection-based JSON; not for trimmed or Native AOT apps.</summary>
    /// <example><code>var n = await dataCache.GetOrCreateAsync(["count"], ct => CountAsync(ct), new DataCacheOptions(), ct);</code></example>
    [RequiresUnreferencedCode("Uses reflection-based System.Text.Json; pass a JsonTypeInfo<T> for trimmed/AOT apps.")]
    [RequiresDynamicCode("Uses reflection-based System.Text.Json; pass a JsonTypeInfo<T> for trimmed/AOT apps.")]
    public Task<T> GetOrCreateAsync<T>(string[] keyParts, Func<CancellationToken, Task<T>> factory, DataCacheOptions? options = null, CancellationToken ct = default) =>
        GetOrCreateAsync(keyParts, factory, options ?? new DataCacheOptions(), (JsonTypeInfo<T>)JsonSerializerOptions.Default.GetTypeInfo(typeof(T)), ct);

    private async Task<CacheEntry> ComputeAsync<T>(string key, Func<CancellationToken, Task<T>> factory, DataCacheOptions options, JsonTypeInfo<T> typeInfo)
    {
        // Nested cached reads inside the factory tag this value too, as in Next.
        var (value, nestedTags, _) = await CacheTags.CollectAsync(() => factory(CancellationToken.None));
        var tags = options.Tags.Concat(nestedTags).Distinct(StringComparer.Ordinal).ToArray();
        var entry = new CacheEntry(_core.Tags.NextCreatedAt(), options.Revalidate, 0, [], tags, null, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        await _core.WriteAsync(key, entry);
        return entry;
    }

    private bool TryDeserialize<T>(string key, CacheEntry entry, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value)
    {
        try
        {
            value = JsonSerializer.Deserialize(entry.Body.Span, typeInfo)!;
            return true;
        }
        catch (JsonException ex)
        {
            CacheLog.DataDeserializeFailed(_core.Logger, ex, key, typeof(T).Name);
            value = default;
            return false;
        }
    }
}
