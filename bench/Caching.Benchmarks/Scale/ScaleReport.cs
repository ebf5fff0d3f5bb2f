using System.Globalization;
using System.Text;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// The simulation's table: per scenario and N, store requests per second on the busiest blob and on the account, then
/// a straight line through the measured points (rate = a + b·N: each instance adds the same requests), its value at
/// 1,000 instances, and how well a line through the two smaller counts predicts the largest one. Points at which the
/// engines logged store timeouts (the machine's Azurite saturated, so the rate is capped by it) are left out of the fit.
/// </summary>
internal static class ScaleReport
{
    /// <summary>Azure Storage's published targets (learn.microsoft.com: Blob storage and standard account scalability targets).</summary>
    public const double BlobTarget = 500, AccountTarget = 20_000;

    public static string Format(IReadOnlyList<ScenarioResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | N | busiest blob peak/s | busiest blob mean/s | account peak/s | account mean/s | busiest | renders | extra | failed | torn | max seen lag s | unseen | warnings |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var lag = double.IsNaN(r.MaxSeenLag) ? "-" : r.MaxSeenLag.ToString("0.00", CultureInfo.InvariantCulture);
            text.AppendLine(Invariant($"| {r.Scenario} | {r.Instances} | {r.Rates.BlobPeak:0} | {r.Rates.BlobMean:0.0} | {r.Rates.AccountPeak:0} | {r.Rates.AccountMean:0.0} | {r.Rates.BusiestKind} | {r.Renders} | {r.ExtraRenders} | {r.Failed} | {r.Torn} | {lag} | {r.Unseen} | {r.StoreWarnings} |"));
        }

        text.AppendLine();
        text.AppendLine("| scenario | metric | fit (N instances) | at 1,000 | target | fit of the two smaller N at the largest: predicted / measured |");
        text.AppendLine("|---|---|---|---:|---:|---|");
        foreach (var scenario in results.GroupBy(r => r.Scenario))
        {
            // A point where the store could not keep up (the engines logged timeouts) measures this machine, not the design.
            var points = scenario.Where(r => r.StoreWarnings == 0).OrderBy(r => r.Instances).ToArray();
            if (points.Length < 2)
                continue;
            foreach (var (metric, value, target) in Metrics)
            {
                var (a, b) = Fit(points.Select(p => ((double)p.Instances, value(p.Rates))).ToArray());
                var check = "-";
                if (points.Length >= 3)
                {
                    var (a2, b2) = Fit(points[..^1].Select(p => ((double)p.Instances, value(p.Rates))).ToArray());
                    check = Invariant($"{a2 + b2 * points[^1].Instances:0} / {value(points[^1].Rates):0}");
                }

                var at1000 = a + b * 1000;
                text.AppendLine(Invariant($"| {scenario.Key} | {metric} | {a:0.#} + {b:0.###}·N | {at1000:0} {(at1000 > target ? "**over**" : "")} | {target:0} | {check} |"));
            }
        }

        return text.ToString();
    }

    private static readonly (string Name, Func<StoreRates, double> Value, double Target)[] Metrics =
    [
        ("busiest blob, peak second", r => r.BlobPeak, BlobTarget),
        ("busiest blob, mean", r => r.BlobMean, BlobTarget),
        ("account, peak second", r => r.AccountPeak, AccountTarget),
        ("account, mean", r => r.AccountMean, AccountTarget),
    ];

    /// <summary>Least squares line through the points.</summary>
    private static (double A, double B) Fit((double X, double Y)[] points)
    {
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        var b = sxx == 0 ? 0 : points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
        return (my - b * mx, b);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
