using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Nextfunc.Settings;

namespace Nextfunc.Pipeline;

/// <summary>
/// <c>AuthLevel</c> as the Functions host applies it, for the functions the host did not check: standalone (when the app
/// configures <c>Nextfunc:Keys</c>), and behind the host for a request a middleware rewrite takes to a stricter function
/// than the one the host invoked (the host checked that one's key only). The key is read where the host reads it: the
/// <c>x-functions-key</c> header, else the <c>code</c> query parameter. An admin key opens every level.
/// </summary>
/// <example><c>keys.Allows(request, required: "function", hostChecked: "anonymous")</c> is false without a valid key.</example>
internal sealed class FunctionKeys
{
    private readonly byte[][] _function;
    private readonly byte[][] _admin;

    public FunctionKeys(IOptions<NextfuncOptions> options)
    {
        _function = [.. options.Value.Keys.Function.Select(Encoding.UTF8.GetBytes)];
        _admin = [.. options.Value.Keys.Admin.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>True when the app has keys of its own to check.</summary>
    public bool IsConfigured => _function.Length + _admin.Length > 0;

    /// <summary>
    /// True when a function of level <paramref name="required"/> may run for <paramref name="request"/>, given the level
    /// the Functions host already checked (<paramref name="hostChecked"/>; null standalone, where no host checks anything).
    /// Standalone without configured keys, every route is open (the start-up log lists the ones that expect a key).
    /// </summary>
    public bool Allows(HttpRequest request, string required, string? hostChecked)
    {
        if (Rank(required) <= Rank(hostChecked ?? "anonymous"))
            return true;
        if (hostChecked is null && !IsConfigured)
            return true;
        return Admits(request, required);
    }

    private bool Admits(HttpRequest request, string level)
    {
        var key = First(request.Headers["x-functions-key"]) ?? First(request.Query["code"]);
        if (key is null)
            return false;
        var given = Encoding.UTF8.GetBytes(key);
        return Matches(_admin, given) || Rank(level) <= Rank("function") && Matches(_function, given);
    }

    private static bool Matches(byte[][] keys, byte[] given)
    {
        var found = false;
        foreach (var key in keys)
            found |= CryptographicOperations.FixedTimeEquals(key, given); // no early exit: the time says nothing about which key
        return found;
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    /// <summary>anonymous 0, function 1, admin 2 (the generator allows no other value).</summary>
    public static int Rank(string level) => level.ToLowerInvariant() switch
    {
        "admin" => 2,
        "function" => 1,
        _ => 0,
    };
}
