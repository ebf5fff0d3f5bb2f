using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Nextfunc.Caching.AzureBlobs;

// The render locks of BlobCacheStore, at locks/{key} (the class's summary says why conditional creates, not leases).
internal sealed partial class BlobCacheStore
{
    /// <summary>
    /// Reads the lock before creating it: while another instance renders, every other instance that wants the key
    /// finds it held with one request (a create that fails costs the failed create and a read). The one that takes a
    /// free lock pays a read and a create; an expired one is taken over only if nobody else did since it was read.
    /// </summary>
    public async ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var blob = Container.GetBlobClient("locks/" + key);
        var content = new BinaryData(Encoding.UTF8.GetBytes((timeProvider.GetUtcNow() + duration).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        BlobRequestConditions condition;
        try
        {
            var current = await blob.DownloadContentAsync(cancellationToken);
            // Azurite can expose a blob that is still being created with empty content; an unreadable lock counts
            // as held until it is older than a whole lock duration (then it is debris from a crash).
            var expires = long.TryParse(current.Value.Content.ToString(), out var ticks)
                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                : current.Value.Details.LastModified + duration;
            if (expires > timeProvider.GetUtcNow())
            {
                return null;
            }

            condition = new BlobRequestConditions { IfMatch = current.Value.Details.ETag }; // expired: take it over
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != BlobErrorCode.ContainerNotFound)
        {
            condition = new BlobRequestConditions { IfNoneMatch = ETag.All }; // free: create it
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            ForgetContainer();
            throw;
        }

        try
        {
            var taken = await blob.UploadAsync(content, new BlobUploadOptions { Conditions = condition }, cancellationToken);
            return taken.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null; // Taken (or taken over) by another instance since we read it.
        }
    }

    /// <inheritdoc />
    public async ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient("locks/" + key).DeleteAsync(
                DeleteSnapshotsOption.None, new BlobRequestConditions { IfMatch = new ETag(lockToken) }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already expired and taken over (412) or gone (404): not ours to delete any more.
        }
    }
}
