using Microsoft.AspNetCore.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// Headers only the framework may set. A client that sends them is trying to skip or steer
/// middleware (the CVE-2025-29927 class), so they are stripped on arrival and never answered.
/// </summary>
internal static class InternalHeaders
{
    /// <summary>True for <c>x-middleware-*</c>, <c>x-nextjs-*</c> request controls, <c>x-now-route-matches</c>, <c>x-matched-path</c>, <c>x-invoke-*</c>.</summary>
    public static bool IsInternal(string name) =>
        name.StartsWith("x-middleware-", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("x-invoke-", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("x-nextjs-", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("x-now-route-matches", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("x-matched-path", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes every internal header from <paramref name="headers"/>.</summary>
    public static void Strip(IHeaderDictionary headers)
    {
        List<string>? remove = null;
        // The pairs, not Keys: Kestrel's header collections build a new HashSet of every name for Keys.
        foreach (var header in headers)
            if (IsInternal(header.Key)) (remove ??= []).Add(header.Key);
        if (remove is null) return;
        foreach (var key in remove) headers.Remove(key);
    }
}
