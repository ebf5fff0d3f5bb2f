using System.Diagnostics;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching.Benchmarks;

/// <summary>Stopwatch loop: p50/p99 per scenario, and renders per revalidation window with 3 instances.</summary>
public static class LatencyProbe
{
    public static async Task RunAsync()
    {
        await using var env = await BenchEnvironment.StartAsync();
        var withL1 = env.CreateCache(withL1: true, out _);
        var blobOnly = env.CreateCache(withL1: false, out _);
        await withL1.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default);

        await Measure("L1 hit", 5000, _ => withL1.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default));
        await Measure("Blob hit (no L1)", 1000, _ => blobOnly.GetOrRenderAsync("/hot", CachePolicy.Forever, BenchEnvironment.Render, default));
        await Measure("Miss", 500, i => blobOnly.GetOrRenderAsync($"/miss/{i}", CachePolicy.Forever, BenchEnvironment.Render, default));
        await RendersPerWindowAsync(env);
    }

    private static async Task Measure(string name, int count, Func<int, Task<CacheResult>> call)
    {
        for (var i = 0; i < Math.Min(100, count / 10); i++)
        {
            await call(-1 - i); // warm-up (connections, JIT)
        }

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        Console.WriteLine($"{name,-20} n={count,5}  p50={samples[count / 2],9:F1} µs  p99={samples[(int)(count * 0.99)],9:F1} µs  max={samples[^1],9:F1} µs");
    }

    private static async Task RendersPerWindowAsync(BenchEnvironment env)
    {
        var clock = new OffsetClock();
        var instances = Enumerable.Range(0, 3).Select(_ => (Cache: env.CreateCache(true, out var t, clock), Tracker: t)).ToArray();
        var renders = 0;
        var policy = new CachePolicy(TimeSpan.FromSeconds(30));
        Task<CachedResponse> Render(CancellationToken ct)
        {
            Interlocked.Increment(ref renders);
            return BenchEnvironment.Render(ct);
        }

        const int windows = 5;
        for (var w = 0; w < windows; w++)
        {
            clock.Offset += TimeSpan.FromSeconds(31);
            await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 32).Select(_ => Task.Run(() => i.Cache.GetOrRenderAsync("/window", policy, Render, default)))));
            await Task.WhenAll(instances.Select(i => i.Tracker.WhenIdleAsync()));
        }

        Console.WriteLine($"3 instances x 32 concurrent requests, {windows} windows: {renders} renders ({renders / (double)windows:F2} per window)");
    }

    private sealed class OffsetClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }
}
