using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Nextfunc.Routing.Web;

/// <summary>
/// One key of Node's <c>querystring.parse</c> (what <c>url.parse(url, true).query</c> gives), looked up
/// without building the whole object: <c>+</c> is a space, keys are case-sensitive, a bare <c>k</c> is
/// <c>""</c>, a repeated key is an array, and at most 1000 pairs are read.
/// </summary>
internal static class NodeQuery
{
    private const int MaxKeys = 1000;

    /// <summary>
    /// Finds <paramref name="key"/>. <paramref name="count"/> is how many times it occurs (2 or more is
    /// an array in Node) and <paramref name="last"/> its last decoded value.
    /// </summary>
    public static bool TryGet(string? rawQuery, string key, out string last, out int count)
    {
        last = "";
        count = 0;
        if (string.IsNullOrEmpty(rawQuery))
            return false;
        var query = rawQuery!.AsSpan();
        var pairs = 0;
        while (query.Length > 0 && pairs < MaxKeys)
        {
            var amp = query.IndexOf('&');
            var pair = amp < 0 ? query : query.Slice(0, amp);
            query = amp < 0 ? ReadOnlySpan<char>.Empty : query.Slice(amp + 1);
            if (pair.Length == 0)
                continue; // "a&&b": Node skips empty pairs without counting them
            pairs++;
            var eq = pair.IndexOf('=');
            var rawKey = eq < 0 ? pair : pair.Slice(0, eq);
            if (!KeyEquals(rawKey, key))
                continue;
            count++;
            last = eq < 0 ? "" : Unescape(pair.Slice(eq + 1));
        }
        return count > 0;
    }

    /// <summary>
    /// What Next.js writes back into a redirect: <c>querystring.stringify(Object.assign({}, querystring.parse(q)))</c>
    /// with <c>encodeURIComponent</c>. Keys and values are decoded and re-encoded (<c>a</c> becomes <c>a=</c>,
    /// <c>1+2;x</c> becomes <c>1%202%3Bx</c>), repeated keys are grouped at their first place, keys that are array
    /// indices (<c>0</c> to <c>4294967294</c>) come first in numeric order, and <c>__proto__</c> is lost.
    /// </summary>
    public static string Stringify(string rawQuery)
    {
        var keys = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var query = rawQuery.AsSpan();
        var pairs = 0;
        while (query.Length > 0 && pairs < MaxKeys)
        {
            var amp = query.IndexOf('&');
            var pair = amp < 0 ? query : query.Slice(0, amp);
            query = amp < 0 ? ReadOnlySpan<char>.Empty : query.Slice(amp + 1);
            if (pair.Length == 0)
                continue;
            pairs++;
            var eq = pair.IndexOf('=');
            var key = Unescape(eq < 0 ? pair : pair.Slice(0, eq));
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
                keys.Add(key);
            }
            list.Add(eq < 0 ? "" : Unescape(pair.Slice(eq + 1)));
        }

        var sb = new StringBuilder();
        var indices = keys.Where(k => ArrayIndex(k) >= 0).OrderBy(ArrayIndex);
        foreach (var key in indices.Concat(keys.Where(k => ArrayIndex(k) < 0)))
        {
            if (key == "__proto__")
                continue; // Object.assign sets the prototype instead (and ignores a string)
            foreach (var value in values[key])
            {
                if (sb.Length > 0) sb.Append('&');
                EncodeUriComponent(sb, key);
                sb.Append('=');
                EncodeUriComponent(sb, value);
            }
        }
        return sb.ToString();
    }

    // The key as a JS array index (a canonical decimal below 2^32 - 1), or -1.
    private static long ArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
            return -1;
        foreach (var c in key)
            if (c is < '0' or > '9') return -1;
        var n = long.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return n < uint.MaxValue ? n : -1;
    }

    // encodeURIComponent: A-Z a-z 0-9 - _ . ! ~ * ' ( ) stay, everything else is %XX of its UTF-8 bytes.
    private static void EncodeUriComponent(StringBuilder sb, string text) =>
        sb.Append(WhatwgUrl.Encode(text, static c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')')));

    private static bool KeyEquals(ReadOnlySpan<char> rawKey, string key)
    {
        if (rawKey.IndexOfAny('%', '+') < 0)
            return rawKey.SequenceEqual(key.AsSpan());
        return Unescape(rawKey) == key;
    }

    /// <summary>Node's <c>querystring.unescape</c> with spaces: decodeURIComponent, else a lenient byte decode.</summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        var text = raw.IndexOf('+') < 0 ? raw.ToString() : raw.ToString().Replace('+', ' ');
        if (UriComponent.TryDecode(text, out var decoded))
            return decoded;
        // Node's unescapeBuffer: valid %XX become bytes, anything else stays, then UTF-8 with replacement.
        var bytes = new byte[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && UriComponent.TryByte(text, i, out var b))
            {
                bytes[n++] = (byte)b;
                i += 2;
            }
            else
            {
                bytes[n++] = (byte)text[i];
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }
}
