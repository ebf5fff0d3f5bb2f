using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Metrology;

// Allocations in bytes: the comparison with an uninstrumented build is about a few bytes, which KB rounding hides.
var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithSizeUnit(SizeUnit.B));
BenchmarkSwitcher.FromAssembly(typeof(Nextfunc.Telemetry.Benchmarks.TelemetryBenchmarks).Assembly).Run(args, config);
