using BenchmarkDotNet.Attributes;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching.Benchmarks;

/// <summary>Latency of one <see cref="OutputCache.GetOrRenderAsync"/> call on Azurite: L1 hit, blob hit, miss.</summary>
// In-process: the Azurite started in GlobalSetup lives in this process tree; one job only (the box has 2 cores).
[InProcess]
[MemoryDiagnoser]
public class CacheBenchmarks
{
    private BenchEnvironment _env = null!;
    private OutputCache _withL1 = null!;
    private OutputCache _blobOnly = null!;
    private int _missCounter;

    [GlobalSetup]
    public async Task Setup()
    {
        _env = await BenchEnvironment.StartAsync();
        _withL1 = _env.CreateCache(withL1: true, out _);
        _blobOnly = _env.CreateCache(withL1: false, out _);
        await _withL1.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _env.DisposeAsync();

    [Benchmark(Description = "L1 hit")]
    public Task L1Hit() => _withL1.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default);

    [Benchmark(Description = "Blob hit (no L1)")]
    public Task BlobHit() => _blobOnly.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default);

    [Benchmark(Description = "Miss (lock + render + write)")]
    public Task Miss() =>
        _blobOnly.GetOrRenderAsync("/miss/" + Interlocked.Increment(ref _missCounter), CachePolicy.Forever, BenchEnvironment.Render, default);
}
