using BenchmarkDotNet.Running;
using Nextfunc.Caching.Benchmarks;

if (args.Contains("--latency"))
{
    await LatencyProbe.RunAsync();
    return;
}

// dotnet run -c Release --project bench/Caching.Benchmarks -- --filter '*CacheEntryRead*' --job short --exporters json
// (CacheBenchmarks starts Azurite: npm ci at the repository root first.)
BenchmarkSwitcher.FromAssembly(typeof(CacheBenchmarks).Assembly).Run(args);
