using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// Every revalidated tag's time of one build in one small blob, <c>tags/{build}/index.{n}</c>, and its copies: the part
/// of <see cref="BlobCacheStore"/> that every instance reads every <c>TagCheckInterval</c>, so the part that has to stay
/// within the account's and the blob's targets at a thousand instances (docs/caching.md, "Scale"). One read per
/// instance and interval answers every tag, so the account's rate no longer grows with the number of tags; the read is
/// conditional on the ETag this instance last saw of that copy, so an unchanged index costs a 304 and no body.
/// </summary>
/// <example><code>var index = new BlobTagIndex(container); await index.MarkAsync("build:products", now, ct); var all = await index.GetAsync("build", ct);</code></example>
internal sealed class BlobTagIndex(BlobContainerClient container)
{
    /// <summary>
    /// Copies of each build's index. Every instance reads it once per <c>TagCheckInterval</c>: on one blob that is N reads
    /// per second at N instances, twice Azure's target for one blob (500/s) at 1,000. Each read takes the next copy in
    /// turn, so the reads spread over all of them (N/8 per copy), and a copy that missed a write (a store fault between
    /// two uploads) delays nobody by more than eight intervals. A revalidation writes all eight.
    /// </summary>
    public const int Replicas = 8;

    /// <summary>How many times a write retries a copy that another writer changed between its read and its write.</summary>
    public const int WriteAttempts = 20;

    private int _reads = Random.Shared.Next(Replicas); // instances start on different copies

    // The last body read of each copy, by blob name: what a 304 stands for.
    private readonly ConcurrentDictionary<string, (ETag ETag, IReadOnlyDictionary<string, DateTimeOffset> Times)> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Records <paramref name="tag"/> (<c>{build}:{name}</c>) in every copy of its build's index. Each copy is read,
    /// merged (a tag keeps the later of two times) and written back only if nobody wrote it since (<c>If-Match</c>, or
    /// <c>If-None-Match: *</c> for a new copy); a 412 or 409 reads and merges again, so two instances revalidating
    /// different tags at once both land. Throws when a copy could not be written (the engine logs it).
    /// </summary>
    public Task MarkAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, Replicas).Select(replica => MarkCopyAsync(BlobName(Scope(tag), replica), tag, revalidatedAt, cancellationToken)));

    private async Task MarkCopyAsync(string name, string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        for (var attempt = 1; ; attempt++)
        {
            var (times, condition) = await ReadForWriteAsync(blob, cancellationToken);
            if (times.TryGetValue(tag, out var known) && known >= revalidatedAt)
                return; // a later revalidation is already there
            var merged = new Dictionary<string, DateTimeOffset>(times, StringComparer.Ordinal) { [tag] = revalidatedAt };
            try
            {
                await blob.UploadAsync(new BinaryData(TagIndexFormat.Write(merged)), new BlobUploadOptions { Conditions = condition }, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < WriteAttempts)
            {
                // Another writer got in between: back off a little at random (writers that collided do not collide again).
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 5))), cancellationToken);
            }
        }
    }

    private static async Task<(IReadOnlyDictionary<string, DateTimeOffset> Times, BlobRequestConditions Condition)> ReadForWriteAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var current = (await blob.DownloadContentAsync(cancellationToken)).Value;
            return (TagIndexFormat.Read(current.Content.ToMemory().Span), new BlobRequestConditions { IfMatch = current.Details.ETag });
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != BlobErrorCode.ContainerNotFound)
        {
            return (TagIndexFormat.Empty, new BlobRequestConditions { IfNoneMatch = ETag.All });
        }
    }

    /// <summary>
    /// Every tag time of <paramref name="scope"/> (a build), from the next copy in turn: a 304 when that copy has not
    /// changed since this instance last read it, else its body. Empty when nothing was revalidated (or that copy missed it).
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, DateTimeOffset>> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var replica = (int)((uint)Interlocked.Increment(ref _reads) % Replicas);
        var name = BlobName(scope, replica);
        _seen.TryGetValue(name, out var seen);
        try
        {
            var options = seen.Times is null ? null : new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = seen.ETag } };
            var response = await container.GetBlobClient(name).DownloadContentAsync(options, cancellationToken);
            if (response.GetRawResponse().Status == 304 && seen.Times is not null)
                return seen.Times; // the SDK answers a 304 with an empty response rather than an exception
            var result = response.Value;
            var times = TagIndexFormat.Read(result.Content.ToMemory().Span);
            _seen[name] = (result.Details.ETag, times);
            return times;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            _seen.TryRemove(name, out _);
            return TagIndexFormat.Empty;
        }
    }

    /// <summary>The build a scoped tag (<c>{build}:{name}</c>, <c>CacheKeys.Tag</c>) belongs to; build ids hold no colon.</summary>
    public static string Scope(string tag) => tag.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? tag[..colon] : "";

    /// <summary><c>tags/{hash of the build}/index.{n}</c>: hashed so any build id makes a valid blob name.</summary>
    public static string BlobName(string scope, int replica) =>
        "tags/" + Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(scope))) + "/index." + replica.ToString(CultureInfo.InvariantCulture);
}
