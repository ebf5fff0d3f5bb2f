using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching.Benchmarks;

/// <summary>
/// Reading one cached route response (2 KB body, the headers and tags a route handler leaves) without any network:
/// <c>Parse</c> is the entry format alone (checksum and fields); <c>SharedStoreHit</c> is a hit on the shared store
/// (store guard, checksum and parse on every read, as for Blob or file bytes) with the store in memory;
/// <c>L1Hit</c> is the usual hit, the entry held by this instance's in-memory L1.
/// </summary>
[MemoryDiagnoser]
public class CacheEntryReadBenchmarks
{
    private static readonly CachedResponse Response = new(200,
        [new("content-type", "application/json"), new("vary", "rsc, next-router-state-tree"), new("x-powered-by", "bench")], new byte[2048]);

    private byte[] _stored = [];
    private string _key = "";
    private OutputCache _withL1 = null!;
    private OutputCache _sharedOnly = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _withL1 = Create(CacheTiers.Tiered(new MemoryCacheStore(64 << 20, TimeProvider.System), new SharedStore()));
        _sharedOnly = Create(CacheTiers.SharedOnly(new SharedStore()));
        foreach (var cache in new[] { _withL1, _sharedOnly })
        {
            await cache.GetOrRenderAsync("/api/static", CachePolicy.Forever, Render, default);
            if ((await cache.GetOrRenderAsync("/api/static", CachePolicy.Forever, Render, default)).Outcome != CacheOutcome.Hit)
                throw new InvalidOperationException("The second read is not a hit");
        }
        _key = _sharedOnly.Core.Keys.Route("/api/static");
        _stored = (await _sharedOnly.Core.Guard.Store.GetAsync(_key, CacheReadMode.Default, default))!;
    }

    [Benchmark]
    public bool Parse() => CacheEntryFormatter.TryDeserialize(_stored, _key, out _, out _);

    [Benchmark]
    public async ValueTask<int> SharedStoreHit() => (await _sharedOnly.GetOrRenderAsync("/api/static", CachePolicy.Forever, 0, static (_, _) => Render(default), default)).Response.StatusCode;

    [Benchmark(Baseline = true)]
    public async ValueTask<int> L1Hit() => (await _withL1.GetOrRenderAsync("/api/static", CachePolicy.Forever, 0, static (_, _) => Render(default), default)).Response.StatusCode;

    private static Task<CachedResponse> Render(CancellationToken _) => Task.FromResult(Response);

    private static OutputCache Create(CacheTiers store) =>
        new(store, new OutputCacheOptions { BuildId = "bench" }, new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance),
            TimeProvider.System, NullLogger<OutputCache>.Instance);

    /// <summary>A shared store in memory: what reading Blob or file bytes costs once they arrived, without the network.</summary>
    private sealed class SharedStore : ICacheStore
    {
        private readonly MemoryCacheStore _inner = new(64 << 20, TimeProvider.System);

        // A fresh array per read, as a download gives.
        public async ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken) =>
            (await _inner.GetAsync(key, mode, cancellationToken))?.ToArray();

        public ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) => _inner.SetAsync(key, value, cancellationToken);
        public ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) => _inner.AddAsync(key, value, cancellationToken);
        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken) => _inner.RemoveAsync(key, cancellationToken);
        public ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken) =>
            _inner.MarkTagRevalidatedAsync(tag, revalidatedAt, cancellationToken);
        public ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken) => _inner.GetTagRevalidatedAtAsync(tag, cancellationToken);
        public ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken) =>
            _inner.TryAcquireLockAsync(key, duration, cancellationToken);
        public ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken) => _inner.ReleaseLockAsync(key, lockToken, cancellationToken);
    }
}
