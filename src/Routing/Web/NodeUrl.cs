using System;
using System.Buffers;
using System.Text;

namespace Nextfunc.Routing.Web;

/// <summary>
/// The pathname and query Next.js matches on: Node's legacy <c>url.parse(req.url)</c>, which keeps
/// percent-escapes and dot-segments but percent-encodes a few characters (<c>' " &lt; &gt; ^ ` { | }</c> and
/// whitespace), then Next's <c>/_next/data/&lt;buildId&gt;/…json</c> normalisation.
/// </summary>
internal static class NodeUrl
{
    private static readonly SearchValues<char> AutoEscaped = SearchValues.Create("\t\n\v\f\r \"'<>\\^`{|}");
    private static readonly char[] QueryOrHash = { '?', '#' };

    /// <summary>
    /// Splits a request-target into its pathname and the index of its query (-1 when there is no <c>?</c>).
    /// Allocates nothing for the common origin-form target without a query.
    /// </summary>
    public static void Split(string target, out string pathname, out int queryStart)
    {
        var start = 0;
        if (target.Length > 0 && target[0] != '/')
        {
            // absolute-form (http://host/path): the pathname starts at the first "/" after the authority.
            var scheme = target.IndexOf("://", StringComparison.Ordinal);
            var slash = scheme < 0 ? -1 : target.IndexOf('/', scheme + 3);
            start = slash < 0 ? target.Length : slash;
        }
        var end = target.IndexOfAny(QueryOrHash, start);
        var path = start == 0 && end < 0 ? target : end < 0 ? target.Substring(start) : target.Substring(start, end - start);
        pathname = path.Length == 0 ? "/" : Escape(path);
        queryStart = end >= 0 && target[end] == '?' ? end + 1 : -1;
    }

    /// <summary>The raw query text from <paramref name="queryStart"/> up to any <c>#</c>; null when there is none.</summary>
    public static string? Query(string target, int queryStart)
    {
        if (queryStart < 0)
            return null;
        var hash = target.IndexOf('#', queryStart);
        return hash < 0 ? target.Substring(queryStart) : target.Substring(queryStart, hash - queryStart);
    }

    /// <summary>
    /// <c>/_next/data/&lt;buildId&gt;/&lt;page&gt;.json</c> with this build's id becomes <c>/&lt;page&gt;</c>
    /// (<c>/index</c> becomes <c>/</c>); any other pathname is returned as is.
    /// </summary>
    public static string NormalizeNextData(string pathname, string? buildId)
    {
        if (string.IsNullOrEmpty(buildId) || !pathname.StartsWith("/_next/data/", StringComparison.Ordinal)
            || !pathname.EndsWith(".json", StringComparison.Ordinal))
            return pathname;
        var prefixLength = "/_next/data/".Length + buildId!.Length;
        if (pathname.Length <= prefixLength + ".json".Length
            || string.CompareOrdinal(pathname, "/_next/data/".Length, buildId, 0, buildId.Length) != 0
            || pathname[prefixLength] != '/')
            return pathname;
        var page = pathname.Substring(prefixLength, pathname.Length - prefixLength - ".json".Length);
        if (page == "/index")
            return "/";
        return page.StartsWith("/index/", StringComparison.Ordinal) ? page.Substring("/index".Length) : page;
    }

    private static string Escape(string path)
    {
        if (path.AsSpan().IndexOfAny(AutoEscaped) < 0)
            return path;
        var sb = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (AutoEscaped.Contains(c))
                sb.Append('%').Append(((int)c).ToString("X2"));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
