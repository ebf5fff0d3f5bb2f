using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Azure;
using Azure.Storage.Blobs;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// The tags' revalidation times in the container, 8-byte ticks at <c>tags/{hash}</c> and its copies: the part of
/// <see cref="BlobCacheStore"/> that every instance reads every <c>TagCheckInterval</c>, so the part that has to spread.
/// </summary>
/// <example><code>var tags = new BlobTagTimes(container); await tags.MarkAsync("build:products", now, ct);</code></example>
internal sealed class BlobTagTimes(BlobContainerClient container)
{
    /// <summary>
    /// Copies of each tag's time. Every instance reads every tag it serves once per <c>TagCheckInterval</c>: on one blob
    /// that is N reads per second at N instances, twice Azure's target for one blob (500/s) at 1,000. Each read takes the
    /// next copy in turn, so a tag's reads spread over all of them (N/8 per copy), and a copy that missed a write (a store
    /// fault between two uploads) delays nobody by more than eight intervals. A revalidation writes all eight.
    /// </summary>
    public const int Replicas = 8;

    private int _reads = Random.Shared.Next(Replicas); // instances start on different copies

    /// <summary>Writes every copy; throws when one failed (the engine logs it; the others already hold the time).</summary>
    public async Task MarkAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, revalidatedAt.UtcTicks);
        await Task.WhenAll(Enumerable.Range(0, Replicas).Select(replica =>
            container.GetBlobClient(BlobName(tag, replica)).UploadAsync(new BinaryData(bytes), overwrite: true, cancellationToken)));
    }

    /// <summary>Reads the next copy in turn; null when the tag was never revalidated (or that copy missed it).</summary>
    public async ValueTask<DateTimeOffset?> GetAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            var replica = (int)((uint)Interlocked.Increment(ref _reads) % Replicas);
            var result = await container.GetBlobClient(BlobName(tag, replica)).DownloadContentAsync(cancellationToken);
            var bytes = result.Value.Content.ToMemory().Span;
            return bytes.Length == 8 ? new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(bytes), TimeSpan.Zero) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary><c>tags/{hash}</c> for the first copy (the layout before copies), <c>tags/{hash}.{n}</c> for the others.</summary>
    public static string BlobName(string tag, int replica) =>
        "tags/" + Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(tag))) + (replica == 0 ? "" : "." + replica.ToString(CultureInfo.InvariantCulture));
}
