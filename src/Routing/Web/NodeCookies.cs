using System;

namespace Nextfunc.Routing.Web;

/// <summary>
/// One cookie as the <c>cookie</c> package (bundled by Next.js) parses the <c>Cookie</c> header: pairs split
/// on <c>;</c>, names and values trimmed, one pair of surrounding quotes dropped, the value
/// URI-decoded when it decodes, and the first occurrence of a name wins. Names are case-sensitive.
/// </summary>
internal static class NodeCookies
{
    /// <summary>Finds cookie <paramref name="name"/> in a (possibly joined) Cookie header value.</summary>
    public static bool TryGet(string? header, string name, out string value)
    {
        value = "";
        if (string.IsNullOrEmpty(header))
            return false;
        var rest = header!.AsSpan();
        while (true)
        {
            var semi = rest.IndexOf(';');
            var pair = semi < 0 ? rest : rest.Slice(0, semi);
            var eq = pair.IndexOf('=');
            if (eq >= 0 && pair.Slice(0, eq).Trim().SequenceEqual(name.AsSpan()))
            {
                var raw = pair.Slice(eq + 1).Trim();
                if (raw.Length > 0 && raw[0] == '"')
                    raw = raw.Length >= 2 ? raw.Slice(1, raw.Length - 2) : ReadOnlySpan<char>.Empty; // JS slice(1, -1)
                var text = raw.ToString();
                value = UriComponent.TryDecode(text, out var decoded) ? decoded : text;
                return true;
            }
            if (semi < 0)
                return false;
            rest = rest.Slice(semi + 1);
        }
    }
}
