using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Nextfunc.Caching;

/// <summary>
/// Stores entries as files under one folder (default <c>.nextfunc/cache</c> under the content root): the
/// embedded default when no storage account is configured. File names are hashes of the keys, writes go
/// through a temp file and an atomic rename so readers never see half an entry. Locks use exclusive file
/// creation, which coordinates processes sharing the folder on one machine (taking over an expired lock is
/// best-effort there; use the blob store for real multi-instance deployments).
/// </summary>
/// <example>
/// <code>var store = new FileCacheStore(Path.Combine(contentRoot, ".nextfunc", "cache"), TimeProvider.System);</code>
/// </example>
internal sealed class FileCacheStore : ICacheStore
{
    private readonly string _entries;
    private readonly string _tags;
    private readonly string _locks;
    private readonly TimeProvider _time;

    /// <summary>Creates the store; folders are created on first write.</summary>
    public FileCacheStore(string rootPath, TimeProvider timeProvider)
    {
        RootPath = Path.GetFullPath(rootPath);
        _entries = Path.Combine(RootPath, "entries");
        _tags = Path.Combine(RootPath, "tags");
        _locks = Path.Combine(RootPath, "locks");
        _time = timeProvider;
    }

    /// <summary>The folder holding the cache; deleting it purges the cache.</summary>
    public string RootPath { get; }

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CacheReadMode mode, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathFor(_entries, key, ".bin"), cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
        WriteAtomicAsync(PathFor(_entries, key, ".bin"), value, cancellationToken);

    /// <summary>
    /// Stores an entry only if the key holds none. The winner is decided by an exclusive create (O_EXCL) of a claim
    /// file beside the entry, because a rename without overwrite is not atomic where hard links are unsupported;
    /// the entry itself is still written through a temp file, so readers never see half of it. A claim left by a
    /// crash only makes later adds of that key answer false (the entry is then written by the next render).
    /// </summary>
    public async ValueTask<bool> AddAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        var path = PathFor(_entries, key, ".bin");
        Directory.CreateDirectory(_entries);
        try
        {
            await using (new FileStream(path + ".claim", FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }
        }
        catch (IOException) when (File.Exists(path + ".claim") || File.Exists(path))
        {
            // Another add holds the claim, or held it and has finished since (then the entry is there): this one lost.
            return false;
        }

        try
        {
            if (File.Exists(path))
            {
                return false;
            }

            await WriteAtomicAsync(path, value, cancellationToken);
            return true;
        }
        finally
        {
            File.Delete(path + ".claim"); // Adds that lost while it was held have already answered false.
        }
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(_entries, key, ".bin"));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MarkTagRevalidatedAsync(string tag, DateTimeOffset revalidatedAt, CancellationToken cancellationToken)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, revalidatedAt.UtcTicks);
        return WriteAtomicAsync(PathFor(_tags, tag, ".tag"), bytes, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<DateTimeOffset?> GetTagRevalidatedAtAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(PathFor(_tags, tag, ".tag"), cancellationToken);
            return bytes.Length == 8 ? new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(bytes), TimeSpan.Zero) : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask<string?> TryAcquireLockAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        var path = PathFor(_locks, key, ".lock");
        Directory.CreateDirectory(_locks);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var token = Guid.NewGuid().ToString("N");
            try
            {
                // O_CREAT|O_EXCL: exactly one creator wins, on every local file system. (A rename without
                // overwrite is not atomic where hard links are unsupported, e.g. some overlay mounts.)
                await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                try
                {
                    await using var writer = new StreamWriter(file);
                    await writer.WriteAsync($"{(_time.GetUtcNow() + duration).UtcTicks} {token}");
                }
                catch (IOException)
                {
                    // Created but not written (disk full): an empty lock file would read as "being written" and make
                    // every instance wait for a render that never comes. Ours, so remove it and report the fault.
                    File.Delete(path);
                    throw;
                }

                return token;
            }
            catch (IOException) when (File.Exists(path))
            {
                var (expires, _) = await ReadLockAsync(path, cancellationToken);
                // A lock file being written right now has no content yet: it is held, not expired.
                var beingWritten = expires == DateTimeOffset.MinValue && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromSeconds(5);
                if (beingWritten || expires > _time.GetUtcNow())
                {
                    return null;
                }

                File.Delete(path); // Expired: the holder crashed or hung; take over on the next attempt.
            }
        }

        return null;
    }

    /// <inheritdoc />
    public async ValueTask ReleaseLockAsync(string key, string lockToken, CancellationToken cancellationToken)
    {
        var path = PathFor(_locks, key, ".lock");
        var (_, token) = await ReadLockAsync(path, cancellationToken);
        if (token == lockToken)
        {
            File.Delete(path);
        }
    }

    private static async Task<(DateTimeOffset Expires, string? Token)> ReadLockAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var parts = (await File.ReadAllTextAsync(path, cancellationToken)).Split(' ');
            return parts.Length == 2 && long.TryParse(parts[0], out var ticks)
                ? (new DateTimeOffset(ticks, TimeSpan.Zero), parts[1])
                : (DateTimeOffset.MinValue, null); // Half-written lock file: treat as expired.
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (DateTimeOffset.MinValue, null);
        }
    }

    private static async ValueTask WriteAtomicAsync(string path, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, useAsync: true))
            {
                await stream.WriteAsync(value, cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string PathFor(string folder, string key, string extension) =>
        Path.Combine(folder, Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(key))) + extension);
}
