using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Nextfunc.Caching;

/// <summary>
/// The one place that knows the stored entry layout. Version 2, little-endian:
/// <c>"SVCE"</c> magic, version byte, created-at UTC ticks (int64, at a fixed offset so stores can compare
/// generations without parsing), the store key the entry was written under (it starts with the build id),
/// revalidate ticks (int64, -1 = forever), status (int32), etag, tag count + tags, header count + name/value
/// pairs (length-prefixed UTF-8), body length (int32) + body, then a CRC-32 of everything before it.
/// The checksum makes truncated uploads and flipped bits detectable before anything is parsed; the key makes a
/// well-formed entry copied to the wrong place (another path, another build) detectable, because its CRC is valid.
/// A version bump makes old instances treat new entries as unreadable (regenerate) instead of misreading them.
/// </summary>
internal static class CacheEntryFormatter
{
    public const byte CurrentVersion = 2;
    private static ReadOnlySpan<byte> Magic => "SVCE"u8;
    private const int ChecksumLength = 4;
    private const int CreatedAtOffset = 5;
    private const int MinimumLength = 4 + 1 + 8 + 1 + 8 + 4 + 4 + ChecksumLength;

    /// <summary>Serializes <paramref name="entry"/> as stored under <paramref name="key"/>.</summary>
    public static byte[] Serialize(string key, CacheEntry entry)
    {
        using var stream = new MemoryStream(entry.Body.Length + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(CurrentVersion);
            writer.Write(entry.CreatedAt.UtcTicks);
            writer.Write(key);
            writer.Write(entry.Revalidate?.Ticks ?? -1L);
            writer.Write(entry.StatusCode);
            writer.Write(entry.ETag ?? string.Empty);
            writer.Write7BitEncodedInt(entry.Tags.Count);
            foreach (var tag in entry.Tags)
            {
                writer.Write(tag);
            }

            writer.Write7BitEncodedInt(entry.Headers.Count);
            foreach (var (name, value) in entry.Headers)
            {
                writer.Write(name);
                writer.Write(value);
            }

            writer.Write(entry.Body.Length);
            writer.Write(entry.Body.Span);
        }

        var checksum = Crc32.HashToUInt32(stream.GetBuffer().AsSpan(0, (int)stream.Length));
        Span<byte> trailer = stackalloc byte[ChecksumLength];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, checksum);
        stream.Write(trailer);
        return stream.ToArray();
    }

    /// <summary>
    /// The creation time of serialized entry bytes, or null when they are not a current entry. Lets a store refuse
    /// to replace a newer generation with an older one (a write that arrives late) without parsing the rest.
    /// </summary>
    public static DateTimeOffset? PeekCreatedAt(ReadOnlySpan<byte> data) =>
        data.Length >= MinimumLength && data[..4].SequenceEqual(Magic) && data[4] == CurrentVersion
            ? new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(data[CreatedAtOffset..]), TimeSpan.Zero)
            : null;

    /// <summary>
    /// Parses an entry read from <paramref name="expectedKey"/>; returns false with a human-readable reason when the
    /// bytes are not a valid current entry or were written under another key or build.
    /// </summary>
    public static bool TryDeserialize(byte[] data, string expectedKey, out CacheEntry? entry, out string? error)
    {
        entry = null;
        if (data.Length < MinimumLength || !data.AsSpan(0, 4).SequenceEqual(Magic))
        {
            error = "not a cache entry (missing header)";
            return false;
        }

        if (data[4] != CurrentVersion)
        {
            error = $"entry format version {data[4]}, this build reads version {CurrentVersion}";
            return false;
        }

        var payloadLength = data.Length - ChecksumLength;
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(payloadLength));
        if (Crc32.HashToUInt32(data.AsSpan(0, payloadLength)) != expected)
        {
            error = "checksum mismatch (truncated or corrupted entry)";
            return false;
        }

        try
        {
            var (storedKey, read) = Read(data, payloadLength);
            error = storedKey == expectedKey ? null : MisplacedReason(storedKey, expectedKey);
            entry = error is null ? read : null;
            return error is null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException or IOException)
        {
            // A valid checksum over an unparsable payload means a writer bug, not transport damage; still just regenerate.
            error = $"malformed entry ({ex.GetType().Name})";
            return false;
        }
    }

    private static string MisplacedReason(string storedKey, string expectedKey)
    {
        var storedBuild = storedKey.Split('/')[0];
        var expectedBuild = expectedKey.Split('/')[0];
        return storedBuild != expectedBuild
            ? $"entry of build '{storedBuild}', this instance runs build '{expectedBuild}'"
            : $"entry of key '{storedKey}' found under this key (copied or misplaced)";
    }

    private static (string Key, CacheEntry Entry) Read(byte[] data, int payloadLength)
    {
        using var stream = new MemoryStream(data, 5, payloadLength - 5, writable: false, publiclyVisible: true);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var createdAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var key = reader.ReadString();
        var revalidateTicks = reader.ReadInt64();
        var status = reader.ReadInt32();
        var etag = reader.ReadString();
        var tags = new string[ReadCount(reader)];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = reader.ReadString();
        }

        var headers = new KeyValuePair<string, string>[ReadCount(reader)];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = new(reader.ReadString(), reader.ReadString());
        }

        var bodyLength = reader.ReadInt32();
        var bodyStart = 5 + (int)stream.Position;
        if (bodyLength < 0 || bodyStart + bodyLength != payloadLength)
        {
            throw new FormatException("body length does not match entry size");
        }

        return (key, new CacheEntry(
            createdAt,
            revalidateTicks < 0 ? null : TimeSpan.FromTicks(revalidateTicks),
            status,
            headers,
            tags,
            etag.Length == 0 ? null : etag,
            data.AsMemory(bodyStart, bodyLength)));
    }

    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        // Guards the array allocation against a hostile or buggy count.
        return count is < 0 or > 100_000 ? throw new FormatException("implausible item count") : count;
    }

    /// <summary>Strong ETag for a body: quoted 128-bit xxHash, stable across instances and restarts.</summary>
    public static string ComputeETag(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToHexStringLower(XxHash128.Hash(body)) + "\"";
}
