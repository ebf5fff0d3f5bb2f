using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// Counts every HTTP request the simulated instances send to Azurite, by blob and by second, at the SDK's transport
/// (after its retries): what Azure Storage would count against its per-blob and per-account targets.
/// </summary>
internal sealed class StoreRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<(long Second, string Blob), int> _counts = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _errors;

    /// <summary>Requests answered 5xx (Azurite does not throttle; any would be a fault of the run itself).</summary>
    public long ServerErrors => Interlocked.Read(ref _errors);

    /// <summary>Seconds since the counter started: the buckets <see cref="Snapshot"/> is cut by.</summary>
    public double Now => _clock.Elapsed.TotalSeconds;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
        CountErrors(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        await ProcessNextAsync(message, pipeline);
        CountErrors(message);
    }

    private void Count(HttpMessage message) =>
        _counts.AddOrUpdate(((long)_clock.Elapsed.TotalSeconds, BlobOf(message.Request.Uri.Path)), 1, static (_, n) => n + 1);

    private void CountErrors(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status >= 500)
            Interlocked.Increment(ref _errors);
    }

    /// <summary>The blob name: the path after account and container (a container call counts as the container).</summary>
    private static string BlobOf(string path)
    {
        var parts = path.TrimStart('/').Split('/', 3);
        return parts.Length >= 3 ? parts[2] : "(container)";
    }

    /// <summary>
    /// Request rates over the whole seconds in [<paramref name="from"/>, <paramref name="to"/>): the busiest blob's and
    /// the account's in its busiest second, and their means over the span.
    /// </summary>
    public StoreRates Snapshot(double from, double to)
    {
        long first = (long)Math.Ceiling(from), last = (long)Math.Floor(to);
        if (last <= first)
            (first, last) = ((long)from, (long)from + 1);
        var inSpan = _counts.Where(c => c.Key.Second >= first && c.Key.Second < last).ToArray();
        var seconds = last - first;
        var perSecond = inSpan.GroupBy(c => c.Key.Second).Select(g => g.Sum(c => c.Value)).DefaultIfEmpty(0).Max();
        var perBlobSecond = inSpan.Select(c => c.Value).DefaultIfEmpty(0).Max();
        var busiest = inSpan.GroupBy(c => c.Key.Blob).Select(g => (Blob: g.Key, Total: g.Sum(c => c.Value))).OrderByDescending(b => b.Total).FirstOrDefault();
        var total = inSpan.Sum(c => c.Value);
        return new StoreRates(perBlobSecond, busiest.Total / (double)seconds, perSecond, total / (double)seconds, Kind(busiest.Blob));
    }

    /// <summary>The blobs with the most requests in the span, for a closer look (<c>--top</c>).</summary>
    public IEnumerable<(string Blob, int Requests)> Top(double from, double to, int count) =>
        _counts.Where(c => c.Key.Second >= (long)from && c.Key.Second < (long)Math.Ceiling(to)).GroupBy(c => c.Key.Blob)
            .Select(g => (g.Key, g.Sum(c => c.Value))).OrderByDescending(b => b.Item2).Take(count);

    private static string Kind(string? blob) => blob switch
    {
        null => "-",
        _ when blob.StartsWith("tags", StringComparison.Ordinal) => "tag",
        _ when blob.StartsWith("locks", StringComparison.Ordinal) => "lock",
        _ => "entry",
    };
}
