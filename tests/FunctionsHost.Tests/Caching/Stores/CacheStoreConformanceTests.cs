using System.Text;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Stores;

/// <summary>The contract every <see cref="ICacheStore"/> must meet; one subclass per store supplies the factory.</summary>
public abstract class CacheStoreConformanceTests
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private protected abstract ICacheStore CreateStore(TimeProvider time);

    private ICacheStore? _store;

    private ICacheStore Store => _store ??= CreateStore(Time);

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Missing_key_returns_null()
    {
        Assert.Null(await Store.GetAsync("b1/route/missing", CacheReadMode.Default, None));
        Assert.Null(await Store.GetAsync("b1/route/missing", CacheReadMode.Authoritative, None));
    }

    [Fact]
    public async Task Set_then_get_round_trips_bytes_in_both_modes()
    {
        var value = Encoding.UTF8.GetBytes("hello ✓");
        await Store.SetAsync("b1/route/k", value, None);
        Assert.Equal(value, await Store.GetAsync("b1/route/k", CacheReadMode.Default, None));
        Assert.Equal(value, await Store.GetAsync("b1/route/k", CacheReadMode.Authoritative, None));
    }

    [Fact]
    public async Task Set_overwrites_and_keys_are_independent()
    {
        await Store.SetAsync("b1/route/a", "one"u8.ToArray(), None);
        await Store.SetAsync("b1/route/b", "bee"u8.ToArray(), None);
        await Store.SetAsync("b1/route/a", "two"u8.ToArray(), None);
        Assert.Equal("two"u8.ToArray(), await Store.GetAsync("b1/route/a", CacheReadMode.Default, None));
        Assert.Equal("bee"u8.ToArray(), await Store.GetAsync("b1/route/b", CacheReadMode.Default, None));
    }

    [Fact]
    public async Task Add_creates_only_when_the_key_holds_nothing_and_concurrent_adds_have_one_winner()
    {
        Assert.True(await Store.AddAsync("b1/route/once", "first"u8.ToArray(), None));
        Assert.False(await Store.AddAsync("b1/route/once", "second"u8.ToArray(), None));
        Assert.Equal("first"u8.ToArray(), await Store.GetAsync("b1/route/once", CacheReadMode.Authoritative, None));

        var adds = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () => await Store.AddAsync("b1/route/race", new[] { (byte)i }, None))));
        Assert.Single(adds, added => added);
        Assert.Equal(new[] { (byte)Array.IndexOf(adds, true) }, await Store.GetAsync("b1/route/race", CacheReadMode.Authoritative, None));
    }

    [Fact]
    public async Task Remove_deletes_and_removing_missing_is_fine()
    {
        await Store.SetAsync("b1/data/x", "v"u8.ToArray(), None);
        await Store.RemoveAsync("b1/data/x", None);
        await Store.RemoveAsync("b1/data/never", None);
        Assert.Null(await Store.GetAsync("b1/data/x", CacheReadMode.Authoritative, None));
    }

    [Fact]
    public async Task Large_and_empty_values_round_trip()
    {
        var large = new byte[1024 * 1024];
        new Random(42).NextBytes(large);
        await Store.SetAsync("b1/route/large", large, None);
        await Store.SetAsync("b1/route/empty", ReadOnlyMemory<byte>.Empty, None);
        Assert.Equal(large, await Store.GetAsync("b1/route/large", CacheReadMode.Authoritative, None));
        Assert.Equal(Array.Empty<byte>(), await Store.GetAsync("b1/route/empty", CacheReadMode.Authoritative, None));
    }

    [Fact]
    public async Task Tag_times_are_null_until_marked_and_last_mark_wins()
    {
        Assert.Null(await Store.GetTagRevalidatedAtAsync("b1:tag-a", None));
        var first = Time.GetUtcNow();
        await Store.MarkTagRevalidatedAsync("b1:tag-a", first, None);
        Assert.Equal(first, await Store.GetTagRevalidatedAtAsync("b1:tag-a", None));
        await Store.MarkTagRevalidatedAsync("b1:tag-a", first.AddMinutes(1), None);
        Assert.Equal(first.AddMinutes(1), await Store.GetTagRevalidatedAtAsync("b1:tag-a", None));
        Assert.Null(await Store.GetTagRevalidatedAtAsync("b1:_N_T_/other path ü", None));
    }

    [Fact]
    public async Task Lock_is_exclusive_until_released()
    {
        var token = await Store.TryAcquireLockAsync("b1/route/l", TimeSpan.FromSeconds(30), None);
        Assert.NotNull(token);
        Assert.Null(await Store.TryAcquireLockAsync("b1/route/l", TimeSpan.FromSeconds(30), None));
        Assert.NotNull(await Store.TryAcquireLockAsync("b1/route/other", TimeSpan.FromSeconds(30), None));
        await Store.ReleaseLockAsync("b1/route/l", token!, None);
        Assert.NotNull(await Store.TryAcquireLockAsync("b1/route/l", TimeSpan.FromSeconds(30), None));
    }

    [Fact]
    public async Task Expired_lock_is_taken_over_and_stale_release_does_not_free_the_new_holder()
    {
        var first = await Store.TryAcquireLockAsync("b1/route/crash", TimeSpan.FromSeconds(10), None);
        Assert.NotNull(first);
        Time.Advance(TimeSpan.FromSeconds(11));
        var second = await Store.TryAcquireLockAsync("b1/route/crash", TimeSpan.FromSeconds(10), None);
        Assert.NotNull(second);
        await Store.ReleaseLockAsync("b1/route/crash", first!, None); // The crashed holder wakes up late.
        Assert.Null(await Store.TryAcquireLockAsync("b1/route/crash", TimeSpan.FromSeconds(10), None));
    }

    [Fact]
    public async Task Concurrent_lock_attempts_have_exactly_one_winner()
    {
        var store = Store; // created once, before the race (the lazy property itself isn't thread-safe)
        var attempts = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(async () => await store.TryAcquireLockAsync("b1/route/race", TimeSpan.FromSeconds(30), None)));
        var tokens = await Task.WhenAll(attempts);
        Assert.Single(tokens, t => t is not null);
    }
}
