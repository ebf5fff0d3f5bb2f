using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*' --job short --exporters json
BenchmarkSwitcher.FromAssembly(typeof(Nextfunc.Pipeline.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
