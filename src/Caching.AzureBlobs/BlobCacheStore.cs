using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Nextfunc.Caching;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// Azure Blob Storage store shared by all instances. Layout in the container: entries at their key
/// (<c>{buildId}/route/{hash}</c>, <c>{buildId}/data/{hash}</c>) and their copies at <c>copies/{n}/{key}</c>
/// (<see cref="BlobEntryCopies"/>), every tag time of a build in one index at <c>tags/{hash}/index.{n}</c> (<see cref="BlobTagIndex"/>),
/// render locks at <c>locks/{key}</c>. Locks are conditional creates (<c>If-None-Match: *</c>) whose content is
/// the expiry; an expired lock is taken over with <c>If-Match: {etag}</c>, so exactly one instance wins either way.
/// Conditional creates were chosen over blob leases because leases need an existing blob, last at least 15 s
/// and would tie lock lifetime to the service clock instead of the injected <see cref="TimeProvider"/>.
/// The container is created on first use (and again if it was deleted to purge the cache).
/// </summary>
/// <example>
/// <code>
/// var container = new BlobServiceClient("UseDevelopmentStorage=true").GetBlobContainerClient("nextfunc-cache");
/// var store = new BlobCacheStore(container, TimeProvider.System);
/// </code>
/// </example>
internal sealed partial class BlobCacheStore(BlobContainerClient container, TimeProvider timeProvider, BlobEntryCopies? copies = null) : ICacheStore
{
    private const string CreatedAtMetadata = "createdat";
    private readonly BlobEntryCopies _copies = copies ?? BlobEntryCopies.None;
    private readonly Lock _ensureGate = new();
    private Task? _ensureContainer;
    private readonly BlobTagIndex _tags = new(container);

    /// <summary>The container holding the cache; deleting it purges the cache.</summary>
    public BlobContainerClient Container { get; } = container;

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        // An authoritative read is the entry itself; any other this instance's place. A copy that is missing (its write
        // failed) reads as a miss, not as a second read of the entry: when a thousand cold instances miss at once, only
        // the one holding the render lock reads the entry (authoritatively), which finds it there if it is.
        return await DownloadAsync(mode == CacheReadMode.Authoritative ? key : _copies.ReadName(key), cancellationToken);
    }

    private async Task<byte[]?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return ToArray(result.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Creates or replaces an entry, unless the stored one is a newer generation. Entries carry their creation time
    /// (blob metadata <c>createdat</c>); the replace is conditional on the ETag read just before it, so a write that
    /// arrives late (its caller timed out, the bytes were still in flight) fails with 412 instead of overwriting what
    /// another instance rendered meanwhile. Bytes that are not an entry (no creation time) are written unconditionally.
    /// </summary>
    public async ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            if (CacheEntryFormatter.PeekCreatedAt(value.Span) is not { } createdAt)
            {
                await Container.GetBlobClient(key).UploadAsync(new BinaryData(value), overwrite: true, cancellationToken);
                await Task.WhenAll(_copies.CopyNames(key).Select(name => Container.GetBlobClient(name).UploadAsync(new BinaryData(value), overwrite: true, cancellationToken)));
                return;
            }

            if (await WriteGenerationAsync(key, value, createdAt, cancellationToken))
                await WriteCopiesAsync(key, value, createdAt, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            ForgetContainer();
            throw;
        }
    }

    // False when the stored generation is as new or newer (kept).
    private async Task<bool> WriteGenerationAsync(string name, ReadOnlyMemory<byte> value, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(name);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var condition = await GenerationConditionAsync(blob, createdAt, cancellationToken);
            if (condition is null)
            {
                return false;
            }

            try
            {
                await blob.UploadAsync(new BinaryData(value), new BlobUploadOptions
                {
                    Conditions = condition,
                    Metadata = new Dictionary<string, string> { [CreatedAtMetadata] = createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture) },
                }, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another writer got in between our check and our write: compare generations again.
            }
        }

        return false;
    }

    // After the entry, so a copy is never newer than the entry; each with the entry's generation rule, so two renders
    // racing leave every copy with the newer one.
    private async Task WriteCopiesAsync(string key, ReadOnlyMemory<byte> value, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        if (_copies.Count > 1)
            await Task.WhenAll(_copies.CopyNames(key).Select(name => WriteGenerationAsync(name, value, createdAt, cancellationToken)));
    }

    /// <inheritdoc />
    public async ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var metadata = CacheEntryFormatter.PeekCreatedAt(value.Span) is { } createdAt
            ? new Dictionary<string, string> { [CreatedAtMetadata] = createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture) }
            : null;
        try
        {
            await Container.GetBlobClient(key).UploadAsync(
                new BinaryData(value), new BlobUploadOptions { Conditions = new() { IfNoneMatch = ETag.All }, Metadata = metadata }, cancellationToken);
            if (CacheEntryFormatter.PeekCreatedAt(value.Span) is { } added)
                await WriteCopiesAsync(key, value, added, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            ForgetContainer();
            throw;
        }
    }

    /// <summary>The upload condition that replaces only an older generation; null when the stored one is not older.</summary>
    private static async Task<BlobRequestConditions?> GenerationConditionAsync(BlobClient blob, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            var stored = properties.Metadata.TryGetValue(CreatedAtMetadata, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var ticks)
                ? ticks
                : long.MinValue;
            return stored >= createdAt.UtcTicks ? null : new BlobRequestConditions { IfMatch = properties.ETag };
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != BlobErrorCode.ContainerNotFound)
        {
            return new BlobRequestConditions { IfNoneMatch = ETag.All };
        }
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await Task.WhenAll(_copies.CopyNames(key).Select(name => Container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken)));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Container missing: nothing to remove.
        }
    }

    /// <inheritdoc />
    public async ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await _tags.MarkAsync(tag, revalidatedAt, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            ForgetContainer();
            // Deleted to purge the cache, which took the entries but not the other instances' L1 copies: only this mark
            // tells them, so it is written now, into the container made again, rather than lost.
            await EnsureContainerAsync(cancellationToken);
            await _tags.MarkAsync(tag, revalidatedAt, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken) =>
        (await _tags.GetAsync(BlobTagIndex.Scope(tag), cancellationToken)).TryGetValue(tag, out var at) ? at : null;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, DateTimeOffset>?> GetTagIndexAsync(string scope, CancellationToken cancellationToken) =>
        await _tags.GetAsync(scope, cancellationToken);

    // The container was deleted (the documented way to purge the cache): the next call that needs it creates it again.
    private void ForgetContainer() => Volatile.Write(ref _ensureContainer, null);

    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var task = Volatile.Read(ref _ensureContainer);
        if (task is { IsCompletedSuccessfully: true })
        {
            return task;
        }

        lock (_ensureGate)
        {
            // One creation call per store even when a burst of first writes arrives together.
            task = _ensureContainer;
            if (task is null || task.IsFaulted || task.IsCanceled)
            {
                // A failed creation is retried by the next write instead of being remembered forever.
                task = Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _ensureContainer = task;
            }

            return task;
        }
    }

    private static byte[] ToArray(BinaryData data) =>
        MemoryMarshal.TryGetArray(data.ToMemory(), out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : data.ToArray();

    /// <inheritdoc />
    public string DescribeFailure(Exception exception) =>
        exception is RequestFailedException failed ? $"{failed.Status}/{failed.ErrorCode}" : $"{exception.GetType().FullName}/{exception.HResult}";
}
