using System.Text;

namespace Nextfunc.Routing.Web;

/// <summary>
/// <c>decodeURIComponent</c> for one path segment: decodes every <c>%XX</c> exactly once, keeps
/// <c>+</c> literal, and refuses malformed escapes or invalid UTF-8 (the router answers 400 for those).
/// </summary>
internal static class PercentDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="raw"/>; false when it is not valid percent-encoded UTF-8.</summary>
    /// <example><c>TryDecode("caf%C3%A9", out var s)</c> gives <c>café</c>; <c>a%252Fb</c> gives <c>a%2Fb</c>.</example>
    public static bool TryDecode(string raw, out string decoded)
    {
        if (raw.IndexOf('%') < 0)
        {
            decoded = raw;
            return true;
        }
        return TryDecodeEscapes(raw, out decoded);
    }

    /// <summary>Decodes one segment of a path; the only allocation without escapes is the segment's string.</summary>
    public static bool TryDecode(ReadOnlySpan<char> raw, out string decoded)
    {
        if (raw.IndexOf('%') < 0)
        {
            decoded = raw.ToString();
            return true;
        }
        return TryDecodeEscapes(raw.ToString(), out decoded);
    }

    private static bool TryDecodeEscapes(string raw, out string decoded)
    {

        var bytes = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !IsHex(raw[i + 1]) || !IsHex(raw[i + 2]))
                {
                    decoded = raw;
                    return false;
                }
                bytes[n++] = (byte)(Hex(raw[i + 1]) << 4 | Hex(raw[i + 2]));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes[n++] = (byte)c;
            }
            else
            {
                // Non-ASCII text that reached us already decoded: keep it as UTF-8 (a surrogate pair as one character).
                var length = char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]) ? 2 : 1;
                var more = Encoding.UTF8.GetBytes(raw.Substring(i, length));
                i += length - 1;
                if (n + more.Length > bytes.Length) Array.Resize(ref bytes, bytes.Length + more.Length + 8);
                more.CopyTo(bytes, n);
                n += more.Length;
            }
        }

        try
        {
            decoded = StrictUtf8.GetString(bytes, 0, n);
            return true;
        }
        catch (DecoderFallbackException)
        {
            decoded = raw;
            return false;
        }
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
