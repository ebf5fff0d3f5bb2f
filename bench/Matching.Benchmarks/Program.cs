using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Matching.Benchmarks -- --filter '*' --job short --exporters json
BenchmarkSwitcher.FromAssembly(typeof(Nextfunc.Matching.Benchmarks.MiddlewareMatcherBenchmarks).Assembly).Run(args);
