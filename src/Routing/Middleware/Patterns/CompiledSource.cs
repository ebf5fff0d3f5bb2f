using System;
using System.Collections.Generic;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A matcher source the build recognised as one of the shapes apps write (<c>/about/:path*</c>,
/// <c>/blog/:slug</c>, <c>/((?!api|_next/static).*)</c>) and turned into plain C#: the same code under the JIT
/// and Native AOT, where a <c>Regex</c> built at run time is interpreted. It accepts exactly the strings the
/// source's regular expression accepts (wrapped as Next.js wraps it: optional <c>/_next/data/&lt;id&gt;</c>
/// before, optional <c>.json</c> and one optional <c>/</c>, <c>#</c> or <c>?</c> after). Other sources keep the regex.
/// </summary>
/// <example>
/// <code>
/// var about = CompiledSource.Segments("/about", 0, int.MaxValue);    // "/about/:path*"
/// about.IsMatch("/about/team");                                     // true
/// var pages = CompiledSource.Excluding("api", "_next/static");      // "/((?!api|_next/static).*)"
/// pages.IsMatch("/api/users");                                      // false
/// </code>
/// </example>
internal abstract class CompiledSource
{
    private const string NextDataPrefix = "/_next/data/";

    private protected CompiledSource()
    {
    }

    /// <summary>
    /// A literal path (starting with <c>/</c>) followed by <paramref name="minSegments"/> to <paramref name="maxSegments"/>
    /// non-empty segments without <c>#</c> or <c>?</c>: <c>/about</c> is (0, 0), <c>/blog/:slug</c> (1, 1),
    /// <c>/blog/:slug?</c> (0, 1), <c>/about/:path*</c> (0, <see cref="int.MaxValue"/>), <c>/about/:path+</c> (1, <see cref="int.MaxValue"/>).
    /// </summary>
    public static CompiledSource Segments(string literal, int minSegments, int maxSegments) =>
        new SegmentsSource(literal, minSegments, maxSegments);

    /// <summary>
    /// <c>/((?!a|b|…).*)</c>: every path whose part after the first <c>/</c> starts with none of the
    /// <paramref name="excluded"/> prefixes, in which <c>.</c> stands for any character but a line terminator.
    /// </summary>
    public static CompiledSource Excluding(params string[] excluded) => new ExcludingSource(excluded);

    /// <summary>True when the pathname matches, as the source's regular expression would.</summary>
    public abstract bool IsMatch(string pathname);

    /// <summary>
    /// The shape of <paramref name="source"/> as written, or null when it has none of the shapes above (the
    /// regex then runs). The build calls it; the result is emitted as a <see cref="Segments"/> or <see cref="Excluding"/> call.
    /// </summary>
    internal static CompiledSource? TryCreate(string source)
    {
        if (source == "/")
            return null; // wrapped differently (index, index.json)
        List<object> tokens;
        try
        {
            tokens = PathParser.Parse(source);
        }
        catch (PathSyntaxException)
        {
            return null;
        }

        if (tokens.Count == 1 && tokens[0] is PathKey { Prefix: "/", Suffix: "", Modifier: "" } only
            && ExcludingSource.TryParse(only.Pattern) is { } excluded)
            return new ExcludingSource(excluded);

        if (tokens.Count is 0 or > 2 || tokens[0] is not string literal || literal.Length < 2 || literal[0] != '/' || !IsPrintableAscii(literal))
            return null;
        if (tokens.Count == 1)
            return new SegmentsSource(literal, 0, 0);
        if (tokens[1] is not PathKey { Prefix: "/", Suffix: "", Pattern: PathParser.DefaultPattern } key)
            return null;
        return key.Modifier switch
        {
            "" => new SegmentsSource(literal, 1, 1),
            "?" => new SegmentsSource(literal, 0, 1),
            "*" => new SegmentsSource(literal, 0, int.MaxValue),
            "+" => new SegmentsSource(literal, 1, int.MaxValue),
            _ => null,
        };
    }

    /// <summary>
    /// Where the part after the optional <c>/_next/data/&lt;id&gt;</c> can start: 0, and after the prefix when the
    /// pathname has it with a non-empty id followed by <c>/</c> (the id cannot hold a <c>/</c>, so there is one such place).
    /// </summary>
    private protected static int NextDataEnd(string pathname)
    {
        if (!pathname.StartsWith(NextDataPrefix, StringComparison.Ordinal))
            return -1;
        var slash = pathname.IndexOf('/', NextDataPrefix.Length);
        return slash > NextDataPrefix.Length ? slash : -1;
    }

    // What the generator writes as a plain C# string literal; anything else stays with the regex.
    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
            if (c is < ' ' or > '~') return false;
        return true;
    }

    // JS "." matches anything but \n, \r, U+2028 and U+2029.
    private protected static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    internal sealed class SegmentsSource(string literal, int minSegments, int maxSegments) : CompiledSource
    {
        public string Literal { get; } = literal;
        public int MinSegments { get; } = minSegments;
        public int MaxSegments { get; } = maxSegments;

        public override bool IsMatch(string pathname)
        {
            if (RestMatches(pathname, 0))
                return true;
            var afterData = NextDataEnd(pathname);
            return afterData > 0 && RestMatches(pathname, afterData);
        }

        private bool RestMatches(string pathname, int start)
        {
            if (pathname.Length - start < Literal.Length || string.CompareOrdinal(pathname, start, Literal, 0, Literal.Length) != 0)
                return false;
            var rest = start + Literal.Length;
            var end = pathname.Length;
            // The tail: optional ".json", then one optional "/", "#" or "?"; every split of it is tried.
            if (SegmentsFit(pathname, rest, end) || EndsWithJson(pathname, rest, end) && SegmentsFit(pathname, rest, end - 5))
                return true;
            if (end == rest || pathname[end - 1] is not ('/' or '#' or '?'))
                return false;
            end--;
            return SegmentsFit(pathname, rest, end) || EndsWithJson(pathname, rest, end) && SegmentsFit(pathname, rest, end - 5);
        }

        private static bool EndsWithJson(string s, int start, int end) =>
            end - start >= 5 && string.CompareOrdinal(s, end - 5, ".json", 0, 5) == 0;

        // "" is zero segments; otherwise "/seg/seg…" with every segment non-empty and free of '#' and '?'.
        private bool SegmentsFit(string s, int start, int end)
        {
            if (start == end)
                return MinSegments == 0;
            if (s[start] != '/')
                return false;
            var count = 1;
            var length = 0;
            for (var i = start + 1; i < end; i++)
            {
                var c = s[i];
                if (c == '/')
                {
                    if (length == 0 || ++count > MaxSegments) return false;
                    length = 0;
                }
                else if (c is '#' or '?')
                {
                    return false;
                }
                else
                {
                    length++;
                }
            }
            return length > 0 && count >= MinSegments && count <= MaxSegments;
        }
    }

    internal sealed class ExcludingSource(string[] excluded) : CompiledSource
    {
        public string[] Excluded { get; } = excluded;

        public override bool IsMatch(string pathname)
        {
            if (pathname.Length > 0 && pathname[0] == '/' && RestMatches(pathname, 1))
                return true;
            var afterData = NextDataEnd(pathname);
            return afterData > 0 && RestMatches(pathname, afterData + 1);
        }

        // ".*" then the optional tail takes anything without a line terminator; the lookahead refuses the prefixes.
        private bool RestMatches(string pathname, int start)
        {
            foreach (var prefix in Excluded)
                if (StartsWith(pathname, start, prefix))
                    return false;
            for (var i = start; i < pathname.Length; i++)
                if (IsLineTerminator(pathname[i]))
                    return false;
            return true;
        }

        private static bool StartsWith(string s, int start, string prefix)
        {
            if (s.Length - start < prefix.Length)
                return false;
            for (var i = 0; i < prefix.Length; i++)
            {
                var c = s[start + i];
                if (prefix[i] == '.' ? IsLineTerminator(c) : c != prefix[i])
                    return false;
            }
            return true;
        }

        /// <summary>
        /// The prefixes of a <c>(?!a|b|…).*</c> pattern, with <c>\.</c>, <c>\/</c>, <c>\-</c> and <c>\_</c> unescaped to
        /// themselves (a bare <c>.</c> stays the wildcard); null when the pattern is anything more.
        /// </summary>
        internal static string[]? TryParse(string pattern)
        {
            const string Start = "(?!", End = ").*";
            if (!pattern.StartsWith(Start, StringComparison.Ordinal) || !pattern.EndsWith(End, StringComparison.Ordinal) || pattern.Length <= Start.Length + End.Length)
                return null;
            var result = new List<string>();
            var current = new System.Text.StringBuilder();
            for (var i = Start.Length; i < pattern.Length - End.Length; i++)
            {
                var c = pattern[i];
                if (c == '|')
                {
                    if (current.Length == 0) return null;
                    result.Add(current.ToString());
                    current.Clear();
                }
                else if (c == '\\' && i + 1 < pattern.Length - End.Length && pattern[i + 1] is '/' or '-' or '_')
                {
                    current.Append(pattern[++i]);
                }
                else if (c == '\\' && i + 1 < pattern.Length - End.Length && pattern[i + 1] == '.')
                {
                    return null; // a literal dot next to wildcard dots: left to the regex
                }
                else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '/' or '.' or '~' or '%' or '=' or '@' or ',' or ';')
                {
                    current.Append(c);
                }
                else
                {
                    return null;
                }
            }
            if (current.Length == 0) return null;
            result.Add(current.ToString());
            return result.ToArray();
        }
    }
}
