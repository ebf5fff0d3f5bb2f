namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>How a simulation runs: its length, its load and its app.</summary>
/// <param name="Seconds">Measured seconds per scenario.</param>
/// <param name="RequestsPerSecond">Requests per second per route per instance (each route's client loop on each instance).</param>
/// <param name="Render">How long a render of any route takes.</param>
/// <param name="IsrWindow">The revalidating route's window.</param>
/// <param name="RevalidateEvery">Time between two <c>revalidateTag("products")</c> calls, each from a random instance.</param>
internal sealed record ScaleSettings(double Seconds, double RequestsPerSecond, TimeSpan Render, TimeSpan IsrWindow, TimeSpan RevalidateEvery)
{
    /// <summary>Places per entry in the blob store (<c>Nextfunc:Cache:EntryCopies</c>): the product's default; <c>--copies 1</c> measures the entry alone.</summary>
    public int EntryCopies { get; init; } = new OutputCacheOptions().EntryCopies;

    public static ScaleSettings Full { get; } = new(12, 5, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(3));

    public static ScaleSettings Smoke { get; } = new(3, 5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
}
