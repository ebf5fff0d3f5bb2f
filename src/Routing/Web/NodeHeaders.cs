using System;
using Microsoft.Extensions.Primitives;

namespace Nextfunc.Routing.Web;

/// <summary>
/// A request header the way Node's <c>IncomingMessage.headers</c> shows it: repeated lines of most headers
/// joined with <c>", "</c>, <c>cookie</c> lines joined with <c>"; "</c>, and for a fixed list of
/// single-valued headers (authorization, user-agent, host…) only the first line kept.
/// </summary>
internal static class NodeHeaders
{
    // Node's matchKnownFields: duplicates of these are discarded.
    private static readonly string[] FirstWins =
    {
        "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host",
        "if-modified-since", "if-unmodified-since", "last-modified", "location", "max-forwards",
        "proxy-authorization", "referer", "retry-after", "server", "user-agent",
    };

    /// <summary>Headers Next.js deletes before matching, so conditions on them never hold.</summary>
    private static readonly string[] Internal =
    {
        "x-middleware-rewrite", "x-middleware-redirect", "x-middleware-set-cookie", "x-middleware-skip",
        "x-middleware-override-headers", "x-middleware-next", "x-now-route-matches", "x-matched-path",
    };

    /// <summary>True for a header Next.js strips from incoming requests.</summary>
    public static bool IsInternal(string lowerName) => Array.IndexOf(Internal, lowerName) >= 0;

    /// <summary>The joined value, or null when the header is absent. <paramref name="lowerName"/> is lower-case.</summary>
    public static string? Get(StringValues values, string lowerName)
    {
        if (values.Count == 0)
            return null;
        if (values.Count == 1 || Array.IndexOf(FirstWins, lowerName) >= 0)
            return values[0];
        if (lowerName == "set-cookie")
            return values[values.Count - 1]; // an array in Node; has/missing test its last element
        return string.Join(lowerName == "cookie" ? "; " : ", ", values.ToArray());
    }
}
