using System.Text.Json;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// The body of a tag index blob (<see cref="BlobTagIndex"/>): a JSON object of tag to UTC ticks,
/// <c>{"build:products":639012345678901234}</c>. JSON so an operator can read it in the portal, written and read by hand
/// (no reflection: the package is trimmable). A body that is not such an object reads as empty: that copy then answers
/// like one that missed writes, and the other copies, read in turn, still hold the times.
/// </summary>
/// <example><code>var bytes = TagIndexFormat.Write(times); var again = TagIndexFormat.Read(bytes);</code></example>
internal static class TagIndexFormat
{
    public static IReadOnlyDictionary<string, DateTimeOffset> Empty { get; } = new Dictionary<string, DateTimeOffset>();

    public static byte[] Write(IReadOnlyDictionary<string, DateTimeOffset> times)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (tag, at) in times)
                writer.WriteNumber(tag, at.UtcTicks);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static IReadOnlyDictionary<string, DateTimeOffset> Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            return Empty;
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var tag = reader.GetString()!;
                if (!reader.Read() || !reader.TryGetInt64(out var ticks) || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
                    return Empty;
                times[tag] = new DateTimeOffset(ticks, TimeSpan.Zero);
            }
        }
        catch (JsonException)
        {
            return Empty;
        }

        return times;
    }
}
