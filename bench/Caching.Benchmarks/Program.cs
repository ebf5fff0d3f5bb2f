using BenchmarkDotNet.Running;
using Nextfunc.Caching.Benchmarks;

if (args.Contains("--scale"))
{
    return await Nextfunc.Caching.Benchmarks.Scale.ScaleProgram.RunAsync(args);
}

if (args.Contains("--latency"))
{
    await LatencyProbe.RunAsync();
    return 0;
}

// dotnet run -c Release --project bench/Caching.Benchmarks -- --filter '*CacheEntryRead*' --job short --exporters json
// (CacheBenchmarks starts Azurite: npm ci at the repository root first.)
BenchmarkSwitcher.FromAssembly(typeof(CacheBenchmarks).Assembly).Run(args);
return 0;
