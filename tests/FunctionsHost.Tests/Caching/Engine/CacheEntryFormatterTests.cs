using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Engine;

[Trait("Category", "InProcess")]
public sealed class CacheEntryFormatterTests
{
    private static readonly CacheEntry Sample = new(
        new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.Zero), TimeSpan.FromSeconds(60), 200,
        [new("content-type", "application/json"), new("x-multi", "a"), new("x-multi", "b")],
        ["_N_T_/api/x", "tag-ü"], "\"abc\"", "{\"ok\":true}"u8.ToArray());

    private const string Key = "build1/route/0a1b";

    [Fact]
    public void Round_trips_every_field()
    {
        Assert.True(CacheEntryFormatter.TryDeserialize(CacheEntryFormatter.Serialize(Key, Sample), Key, out var read, out var error), error);
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
        Assert.True(CacheEntryFormatter.TryDeserialize(CacheEntryFormatter.Serialize(Key, entry), Key, out var read, out _));
        Assert.Null(read!.Revalidate);
        Assert.Null(read.ETag);
        Assert.Equal(0, read.Body.Length);
    }

    [Fact]
    public void Every_truncation_is_detected()
    {
        var bytes = CacheEntryFormatter.Serialize(Key, Sample);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(CacheEntryFormatter.TryDeserialize(bytes[..length], Key, out _, out _), $"length {length}");
        }
    }

    [Fact]
    public void Every_single_bit_flip_is_detected()
    {
        var bytes = CacheEntryFormatter.Serialize(Key, Sample);
        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = bytes.ToArray();
            damaged[i] ^= 0x10;
            Assert.False(CacheEntryFormatter.TryDeserialize(damaged, Key, out _, out var error), $"byte {i}");
            Assert.NotNull(error);
        }
    }

    [Fact]
    public void Another_version_is_reported_as_such()
    {
        var bytes = CacheEntryFormatter.Serialize(Key, Sample);
        bytes[4] = 3;
        Assert.False(CacheEntryFormatter.TryDeserialize(bytes, Key, out _, out var error));
        Assert.Contains("version 3", error);
    }

    [Fact]
    public void An_intact_entry_read_under_another_key_is_refused()
    {
        var bytes = CacheEntryFormatter.Serialize(Key, Sample);
        Assert.False(CacheEntryFormatter.TryDeserialize(bytes, "build1/route/ffff", out var entry, out var error));
        Assert.Null(entry);
        Assert.Contains("build1/route/0a1b", error);
    }

    [Fact]
    public void An_intact_entry_of_another_build_is_refused_naming_both_builds()
    {
        var bytes = CacheEntryFormatter.Serialize(Key, Sample);
        Assert.False(CacheEntryFormatter.TryDeserialize(bytes, "build2/route/0a1b", out _, out var error));
        Assert.Contains("'build1'", error);
        Assert.Contains("'build2'", error);
    }

    [Fact]
    public void Created_at_can_be_read_without_parsing_and_only_from_an_entry()
    {
        Assert.Equal(Sample.CreatedAt, CacheEntryFormatter.PeekCreatedAt(CacheEntryFormatter.Serialize(Key, Sample)));
        Assert.Null(CacheEntryFormatter.PeekCreatedAt("not an entry at all, just some text"u8));
    }

    [Fact]
    public void ETag_is_strong_and_depends_only_on_the_body()
    {
        Assert.Equal(CacheEntryFormatter.ComputeETag("a"u8), CacheEntryFormatter.ComputeETag("a"u8));
        Assert.NotEqual(CacheEntryFormatter.ComputeETag("a"u8), CacheEntryFormatter.ComputeETag("b"u8));
        Assert.DoesNotContain("W/", CacheEntryFormatter.ComputeETag("a"u8));
    }
}
