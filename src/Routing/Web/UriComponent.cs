using System.Text;

namespace Nextfunc.Routing.Web;

/// <summary>
/// JavaScript's <c>decodeURIComponent</c>: decodes every <c>%XX</c> (reserved characters included) and
/// fails, instead of substituting, on a malformed escape or invalid UTF-8, because Next.js then skips the
/// decoded matching pass. <see cref="System.Uri.UnescapeDataString(string)"/> never fails, so it cannot be used.
/// </summary>
internal static class UriComponent
{
    /// <summary>Decodes <paramref name="text"/>; false where <c>decodeURIComponent</c> would throw.</summary>
    public static bool TryDecode(string text, out string decoded)
    {
        var first = text.IndexOf('%');
        decoded = text;
        if (first < 0)
            return true;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        var i = first;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '%')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (!TryByte(text, i, out var b))
                return false;
            i += 3;
            if (b < 0x80)
            {
                sb.Append((char)b);
                continue;
            }
            int length, codePoint;
            if ((b & 0xE0) == 0xC0) { length = 2; codePoint = b & 0x1F; }
            else if ((b & 0xF0) == 0xE0) { length = 3; codePoint = b & 0x0F; }
            else if ((b & 0xF8) == 0xF0) { length = 4; codePoint = b & 0x07; }
            else return false;
            for (var k = 1; k < length; k++)
            {
                if (!TryByte(text, i, out var next) || (next & 0xC0) != 0x80)
                    return false;
                codePoint = (codePoint << 6) | (next & 0x3F);
                i += 3;
            }
            var min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                return false; // overlong, out of range, or an encoded surrogate
            sb.Append(char.ConvertFromUtf32(codePoint));
        }
        decoded = sb.ToString();
        return true;
    }

    /// <summary>Reads <c>%XX</c> at <paramref name="i"/>.</summary>
    public static bool TryByte(string text, int i, out int value)
    {
        value = 0;
        if (i + 2 >= text.Length)
            return false;
        if (text[i] != '%')
            return false;
        var hi = Hex(text[i + 1]);
        var lo = Hex(text[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        value = (hi << 4) | lo;
        return true;
    }

    private static int Hex(char c) =>
        c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;
}
