using Serverless.FunctionsHost.Caching;

namespace Serverless.FunctionsHost.Tests.Caching.Engine;

public sealed class CacheEntryFormatterTests
{
    private static readonly CacheEntry Sample = new(
        new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.Zero), TimeSpan.FromSeconds(60), 200,
        [new("content-type", "application/json"), new("x-multi", "a"), new("x-multi", "b")],
        ["_N_T_/api/x", "tag-ü"], "\"abc\"", "{\"ok\":true}"u8.ToArray());

    [Fact]
    public void Round_trips_every_field()
    {
        Assert.True(CacheEntryFormatter.TryDeserialize(CacheEntryFormatter.Serialize(Sample), out var read, out var error), error);
        Assert.Equal(Sample.CreatedAt, read!.CreatedAt);
        Assert.Equal(Sample.Revalidate, read.Revalidate);
        Assert.Equal(Sample.StatusCode, read.StatusCode);
        Assert.Equal(Sample.Headers, read.Headers);
        Assert.Equal(Sample.Tags, read.Tags);
        Assert.Equal(Sample.ETag, read.ETag);
        Assert.Equal(Sample.Body.ToArray(), read.Body.ToArray());
    }

    [Fact]
    public void Forever_and_empty_body_round_trip()
    {
        var entry = Sample with { Revalidate = null, Body = ReadOnlyMemory<byte>.Empty, ETag = null, Tags = [] };
        Assert.True(CacheEntryFormatter.TryDeserialize(CacheEntryFormatter.Serialize(entry), out var read, out _));
        Assert.Null(read!.Revalidate);
        Assert.Null(read.ETag);
        Assert.Equal(0, read.Body.Length);
    }

    [Fact]
    public void Every_truncation_is_detected()
    {
        var bytes = CacheEntryFormatter.Serialize(Sample);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(CacheEntryFormatter.TryDeserialize(bytes[..length], out _, out _), $"length {length}");
        }
    }

    [Fact]
    public void Every_single_bit_flip_is_detected()
    {
        var bytes = CacheEntryFormatter.Serialize(Sample);
        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = bytes.ToArray();
            damaged[i] ^= 0x10;
            Assert.False(CacheEntryFormatter.TryDeserialize(damaged, out _, out var error), $"byte {i}");
            Assert.NotNull(error);
        }
    }

    [Fact]
    public void Another_version_is_reported_as_such()
    {
        var bytes = CacheEntryFormatter.Serialize(Sample);
        bytes[4] = 2;
        Assert.False(CacheEntryFormatter.TryDeserialize(bytes, out _, out var error));
        Assert.Contains("version 2", error);
    }

    [Fact]
    public void ETag_is_strong_and_depends_only_on_the_body()
    {
        Assert.Equal(CacheEntryFormatter.ComputeETag("a"u8), CacheEntryFormatter.ComputeETag("a"u8));
        Assert.NotEqual(CacheEntryFormatter.ComputeETag("a"u8), CacheEntryFormatter.ComputeETag("b"u8));
        Assert.DoesNotContain("W/", CacheEntryFormatter.ComputeETag("a"u8));
    }
}
