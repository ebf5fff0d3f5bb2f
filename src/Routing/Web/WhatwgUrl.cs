using System.Text;

namespace Nextfunc.Routing.Web;

/// <summary>
/// What <c>new URL(target, "http://localhost")</c> makes of a request-target's path and query, which is
/// what Next.js hands route handlers and middleware as <c>request.url</c> / <c>request.nextUrl</c>:
/// dot segments (<c>.</c>, <c>..</c>, <c>%2e</c>, <c>.%2E</c>, …) resolved, a few characters
/// percent-encoded, every existing escape (valid or not) left as it is.
/// </summary>
/// <example>
/// <c>WhatwgUrl.Pathname("/about/x/../keepq")</c> is <c>/about/keepq</c>; <c>Pathname("/api/users/%2e")</c> is
/// <c>/api/users/</c>; <c>Search("?q='x'")</c> is <c>?q=%27x%27</c>.
/// </example>
internal static class WhatwgUrl
{
    /// <summary>The serialised pathname: path characters percent-encoded, then dot segments resolved.</summary>
    /// <param name="rawPath">The request-target before its <c>?</c>; anything from a <c>#</c> on is a fragment and dropped.</param>
    public static string Pathname(string rawPath) => RemoveDotSegments(Encode(WithoutFragment(rawPath), InPathSet));

    /// <summary><paramref name="rawPath"/> up to a <c>#</c>: what Node's <c>url.parse</c> and <c>new URL()</c> call the path.</summary>
    public static string WithoutFragment(string rawPath)
    {
        var hash = rawPath.IndexOf('#');
        return hash < 0 ? rawPath : rawPath[..hash];
    }

    /// <summary>
    /// The serialised search: "" for no query or a bare <c>?</c>, else <c>?</c> and the query with the
    /// special-query percent-encode set escaped (<c>'</c>, <c>"</c>, <c>&lt;</c>, <c>&gt;</c>, controls, non-ASCII).
    /// </summary>
    /// <param name="rawQuery">The query with or without its <c>?</c>; anything from a <c>#</c> on is a fragment and dropped.</param>
    public static string Search(string rawQuery)
    {
        var start = rawQuery.Length > 0 && rawQuery[0] == '?' ? 1 : 0;
        var hash = rawQuery.IndexOf('#', start);
        var query = rawQuery.Substring(start, (hash < 0 ? rawQuery.Length : hash) - start);
        return query.Length == 0 ? "" : "?" + Encode(query, InSpecialQuerySet);
    }

    /// <summary>True when a segment of <paramref name="rawPath"/> is a dot segment, so <see cref="RemoveDotSegments"/> would change it.</summary>
    public static bool HasDotSegment(string rawPath)
    {
        // A dot segment is "." or ".." written with '.' or "%2e": most paths have neither character.
        if (rawPath.AsSpan().IndexOfAny('.', '%') < 0)
            return false;
        var start = 0;
        while (start <= rawPath.Length)
        {
            var slash = rawPath.IndexOf('/', start);
            var end = slash < 0 ? rawPath.Length : slash;
            if (DotCount(rawPath.AsSpan(start, end - start)) > 0)
                return true;
            if (slash < 0)
                return false;
            start = slash + 1;
        }
        return false;
    }

    /// <summary>
    /// The URL standard's path parsing for one absolute path: <c>.</c> drops itself, <c>..</c> drops the
    /// segment before it (never above the root), and either one at the end leaves a trailing <c>/</c>.
    /// </summary>
    public static string RemoveDotSegments(string rawPath)
    {
        if (!HasDotSegment(rawPath))
            return rawPath;
        var segments = rawPath.Split('/');
        var path = new List<string>(segments.Length);
        for (var i = 1; i < segments.Length; i++) // segments[0] is what precedes the leading "/"
        {
            var last = i == segments.Length - 1;
            switch (DotCount(segments[i]))
            {
                case 2:
                    if (path.Count > 0) path.RemoveAt(path.Count - 1);
                    if (last) path.Add("");
                    break;
                case 1:
                    if (last) path.Add("");
                    break;
                default:
                    path.Add(segments[i]);
                    break;
            }
        }
        return "/" + string.Join('/', path);
    }

    // 1 for ".", "%2e"; 2 for "..", ".%2e", "%2e.", "%2e%2e" (ASCII case-insensitive); 0 otherwise.
    private static int DotCount(ReadOnlySpan<char> segment)
    {
        var dots = 0;
        for (var i = 0; i < segment.Length; dots++)
        {
            if (segment[i] == '.')
                i++;
            else if (i + 2 < segment.Length && segment[i] == '%' && segment[i + 1] == '2' && (segment[i + 2] | 0x20) == 'e')
                i += 3;
            else
                return 0;
        }
        return dots <= 2 ? dots : 0;
    }

    // The path percent-encode set as Node 20 applies it: controls, space, " # < > ? ` { } and non-ASCII.
    private static bool InPathSet(char c) => c is <= ' ' or > '~' or '"' or '#' or '<' or '>' or '?' or '`' or '{' or '}';

    // The special-query percent-encode set: controls, space, " # < > ' and non-ASCII.
    private static bool InSpecialQuerySet(char c) => c is <= ' ' or > '~' or '"' or '#' or '<' or '>' or '\'';

    /// <summary>
    /// Percent-encodes, as UTF-8 <c>%XX</c>, every character of <paramref name="text"/> that <paramref name="escape"/>
    /// selects (a surrogate pair as one code point); everything else, existing escapes included, stays.
    /// </summary>
    internal static string Encode(string text, Func<char, bool> escape)
    {
        var i = 0;
        while (i < text.Length && !escape(text[i])) i++;
        if (i == text.Length)
            return text;

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        Span<byte> utf8 = stackalloc byte[4];
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!escape(c))
            {
                sb.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(text.AsSpan(i, length), utf8);
            i += length - 1;
            foreach (var b in utf8[..count])
                sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }
}
