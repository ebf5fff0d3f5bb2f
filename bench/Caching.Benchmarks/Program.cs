using BenchmarkDotNet.Running;
using Serverless.Caching.Benchmarks;

if (args.Contains("--latency"))
{
    await LatencyProbe.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CacheBenchmarks).Assembly).Run(args);
