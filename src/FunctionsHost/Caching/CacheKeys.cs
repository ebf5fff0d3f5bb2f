using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace Nextfunc.Caching;

/// <summary>Builds store keys and tag names. Every key starts with the build id: a new deployment starts cold.</summary>
internal sealed class CacheKeys(string buildId)
{
    /// <summary>Next's implicit tag prefix for paths (<c>_N_T_/api/static</c>).</summary>
    public const string PathTagPrefix = "_N_T_";

    /// <summary>How many paths keep their route key; past it a key is hashed on each call (paths are the clients' choice).</summary>
    public const int RememberedRoutes = 10_000;

    private readonly string _prefix = SanitizeBuildId(buildId);

    // PERF: the route key of a path is the same on every request: a hit looks it up instead of hashing it again.
    private readonly ConcurrentDictionary<string, string> _routeKeys = new(StringComparer.Ordinal);
    private int _remembered;

    public string Route(string path)
    {
        if (_routeKeys.TryGetValue(path, out var known))
            return known;
        var key = HashedKey("/route/", NormalizePath(path));
        if (Volatile.Read(ref _remembered) < RememberedRoutes && _routeKeys.TryAdd(path, key))
            Interlocked.Increment(ref _remembered);
        return key;
    }

    public string Data(IReadOnlyList<string> keyParts) => HashedKey("/data/", Joined(keyParts));

    /// <summary>The key of a fetch cache answer, from the request's method, URI and headers.</summary>
    public string Fetch(IReadOnlyList<string> requestParts) => HashedKey("/fetch/", Joined(requestParts));

    // Length-prefix each part so ["a,b"] and ["a","b"] never collide.
    private static string Joined(IReadOnlyList<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Length).Append(':').Append(part).Append('|');
        }

        return builder.ToString();
    }

    /// <summary>Tags are scoped by build too: revalidating in one deployment doesn't touch another's entries.</summary>
    public string Tag(string tag) => $"{TagScope}:{tag}";

    /// <summary>What every tag of this build starts with (before the colon): the store's tag index is one per scope.</summary>
    public string TagScope => _prefix;

    public static string PathTag(string path) => PathTagPrefix + NormalizePath(path);

    public static string NormalizePath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var normalized = path[0] == '/' ? path : "/" + path;
        return normalized.Length > 1 ? normalized.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/" : normalized;
    }

    // "<build>/<kind>/<hex of xxHash128(UTF-8 value)>", built with the key as the only allocation: it runs on every cache hit.
    private string HashedKey(string kind, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var utf8 = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(utf8[..Encoding.UTF8.GetBytes(value, utf8)], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        Span<char> hex = stackalloc char[32];
        Convert.TryToHexStringLower(hash, hex, out _);
        return string.Concat(_prefix, kind, hex);
    }

    private static string Hash(string value) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(value)));

    private static string SanitizeBuildId(string buildId)
    {
        var ok = buildId.Length is > 0 and <= 64 && buildId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        return ok ? buildId : "b" + Hash(buildId)[..16];
    }
}
