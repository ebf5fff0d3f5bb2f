using System.Globalization;
using Nextfunc.Tests.Caching.Azurite;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// <c>--scale</c>: the 1,000-instance simulation of docs/caching.md, "Scale" (bench/Caching.Benchmarks/Scale/run.sh).
/// <c>--smoke</c>: three instances, every scenario for a few seconds; fails only when a guarantee does (a failed request,
/// a torn body), so ./test.sh keeps it runnable without judging rates on a busy machine.
/// </summary>
internal static class ScaleProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var settings = smoke ? ScaleSettings.Smoke : ScaleSettings.Full;
        var counts = Option(args, "--instances")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? (smoke ? [3] : [10, 50, 200]);
        var scenarios = Option(args, "--scenarios")?.Split(',') ?? ["steady", "revalidate", "deploy", "prerendered-deploy"];
        if (Option(args, "--seconds") is { } seconds)
            settings = settings with { Seconds = double.Parse(seconds, CultureInfo.InvariantCulture) };
        if (Option(args, "--isr-window") is { } window)
            settings = settings with { IsrWindow = TimeSpan.FromSeconds(double.Parse(window, CultureInfo.InvariantCulture)) };
        if (Option(args, "--copies") is { } copies)
            settings = settings with { EntryCopies = int.Parse(copies, CultureInfo.InvariantCulture) };
        ThreadPool.SetMinThreads(64, 64); // hundreds of client loops start at once; don't let the pool's ramp-up pace them

        using var azurite = await AzuriteProcess.StartAsync(TimeSpan.FromSeconds(60));
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            foreach (var n in counts)
            {
                var counter = new StoreRequestCounter();
                var result = await new ScaleRun(azurite.ConnectionString, counter, settings).RunAsync(scenario, n, seed: n * 31 + scenario.Length);
                results.Add(result);
                if (args.Contains("--top"))
                    foreach (var (blob, requests) in counter.Top(0, counter.Now, 8))
                        Console.WriteLine($"    {requests,8} {blob}");
                Console.WriteLine($"{scenario} N={n}: blob peak {result.Rates.BlobPeak:0}/s ({result.Rates.BusiestKind}), account peak {result.Rates.AccountPeak:0}/s, " +
                    $"{result.Requests} requests, {result.Failed} failed, {result.Torn} torn, {result.Renders} renders ({result.ExtraRenders} extra), {counter.ServerErrors} 5xx");
            }
        }

        Console.WriteLine();
        Console.WriteLine(ScaleReport.Format(results));
        var broken = results.Where(r => r.Failed > 0 || r.Torn > 0).ToArray();
        foreach (var r in broken)
            Console.Error.WriteLine($"{r.Scenario} N={r.Instances}: {r.Failed} failed requests, {r.Torn} torn bodies");
        return broken.Length == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
