using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Serverless.Matching.Benchmarks.MiddlewareMatcherBenchmarks).Assembly).Run(args);
