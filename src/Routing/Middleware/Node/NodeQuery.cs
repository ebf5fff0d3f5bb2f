using System;
using System.Text;

namespace Serverless.Routing.Middleware.Node;

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
