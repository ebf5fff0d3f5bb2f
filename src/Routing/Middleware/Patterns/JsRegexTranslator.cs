using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// Rewrites the source of a JavaScript <c>new RegExp(source)</c> (no flags, non-Unicode mode, with the
/// web-compatibility grammar of Annex B) into a .NET pattern that accepts exactly the same strings.
/// </summary>
/// <remarks>
/// Why not <see cref="RegexOptions.ECMAScript"/>: it fixes <c>\d</c>/<c>\w</c> but not the rest. The
/// differences handled here: JS <c>$</c> is the very end (the .NET one also matches before a final
/// <c>\n</c>), JS <c>.</c> excludes <c>\r</c>, U+2028 and U+2029, JS <c>\d \w \b</c> are ASCII and
/// JS <c>\s</c> is a fixed list, <c>[]</c>/<c>[^]</c> mean nothing/anything, a <c>[</c> inside a class is
/// a literal (not .NET class subtraction), and an unknown escape such as <c>\a</c> or <c>\p</c> is the
/// letter itself. Group syntax JavaScript lacks (<c>(?i)</c>, <c>(?&gt;…)</c>, <c>(?#…)</c>) is refused.
/// </remarks>
/// <example>
/// <c>JsRegexTranslator.Translate(@"^\/user\/(\d+)$")</c> is <c>^\/user\/([0-9]+)\z</c>; construct it
/// with <c>new Regex(pattern, JsRegexTranslator.Options)</c>.
/// </example>
internal static class JsRegexTranslator
{
    /// <summary>
    /// The options for every translated pattern. No IgnoreCase: Next.js builds its regexes without flags,
    /// so paths and has/missing values are case-sensitive. CultureInvariant keeps any future case folding
    /// off the thread culture. Callers may add <see cref="RegexOptions.Compiled"/>, nothing else.
    /// </summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Word = "a-zA-Z0-9_";
    private const string NotWordInClass = "\\x00-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\uFFFF";
    private const string NotDigitInClass = "\\x00-\\x2F\\x3A-\\uFFFF";
    private const string SpaceInClass = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private const string NotSpaceInClass =
        "\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\u00A1-\\u167F\\u1681-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u205E\\u2060-\\u2FFF\\u3001-\\uFEFE\\uFF00-\\uFFFF";
    private const string WordBoundary = "(?:(?<=[" + Word + "])(?![" + Word + "])|(?<![" + Word + "])(?=[" + Word + "]))";
    private const string NotWordBoundary = "(?:(?<=[" + Word + "])(?=[" + Word + "])|(?<![" + Word + "])(?![" + Word + "]))";

    /// <summary>Translates a JS regex source. Syntax errors surface when the result is given to <see cref="Regex"/>.</summary>
    /// <exception cref="ArgumentException">The source uses a group syntax JavaScript does not have.</exception>
    public static string Translate(string js)
    {
        var sb = new StringBuilder(js.Length + 16);
        var i = 0;
        while (i < js.Length)
        {
            var c = js[i];
            switch (c)
            {
                case '\\':
                    i = TranslateEscape(js, i, sb, inClass: false);
                    continue;
                case '[':
                    i = TranslateClass(js, i, sb);
                    continue;
                case '(':
                    CheckGroup(js, i);
                    sb.Append(c);
                    break;
                case '.':
                    sb.Append("[^\\n\\r\\u2028\\u2029]");
                    break;
                case '$':
                    sb.Append("\\z");
                    break;
                case ']':
                    sb.Append("\\]");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Translates and builds the regex; false with the reason when either step fails.</summary>
    public static bool TryCreate(string js, RegexOptions extraOptions, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        try
        {
            regex = new Regex(Translate(js), Options | extraOptions);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            regex = null;
            error = e.Message;
            return false;
        }
    }

    private static void CheckGroup(string js, int i)
    {
        if (i + 1 >= js.Length || js[i + 1] != '?')
            return;
        var rest = js.Substring(i + 2, Math.Min(2, js.Length - i - 2));
        if (rest.StartsWith(":", StringComparison.Ordinal) || rest.StartsWith("=", StringComparison.Ordinal)
            || rest.StartsWith("!", StringComparison.Ordinal) || rest == "<=" || rest == "<!")
            return;
        if (rest.Length == 2 && rest[0] == '<' && (char.IsLetter(rest[1]) || rest[1] == '_' || rest[1] == '$'))
            return;
        throw new ArgumentException("Invalid group at " + i + ": JavaScript only knows (?:, (?=, (?!, (?<=, (?<! and (?<name>.");
    }

    private static int TranslateClass(string js, int start, StringBuilder sb)
    {
        var i = start + 1;
        var negated = i < js.Length && js[i] == '^';
        if (negated) i++;
        if (i < js.Length && js[i] == ']')
        {
            // JS: [] never matches, [^] matches any character. In .NET a leading ] would be a literal.
            sb.Append(negated ? "[\\s\\S]" : "(?!)");
            return i + 1;
        }
        sb.Append(negated ? "[^" : "[");
        var lastWasSet = false;
        while (i < js.Length && js[i] != ']')
        {
            var c = js[i];
            if (c == '\\')
            {
                lastWasSet = IsSetEscape(js, i);
                i = TranslateEscape(js, i, sb, inClass: true);
                continue;
            }
            if (c == '-' && (lastWasSet || IsSetEscape(js, i + 1)))
                sb.Append("\\-"); // Annex B: "-" next to a set escape is a literal, not a range.
            else if (c == '[' || c == '^')
                sb.Append('\\').Append(c);
            else
                sb.Append(c);
            lastWasSet = false;
            i++;
        }
        // An unterminated class stays unterminated, so .NET reports it as the syntax error it is.
        if (i < js.Length) sb.Append(']');
        return i + 1;
    }

    private static int TranslateEscape(string js, int start, StringBuilder sb, bool inClass)
    {
        if (start + 1 >= js.Length)
        {
            sb.Append('\\'); // .NET reports the illegal trailing backslash, as JS does.
            return start + 1;
        }
        var c = js[start + 1];
        var next = start + 2;
        switch (c)
        {
            case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); break;
            case 'D': sb.Append(inClass ? NotDigitInClass : "[^0-9]"); break;
            case 'w': sb.Append(inClass ? Word : "[" + Word + "]"); break;
            case 'W': sb.Append(inClass ? NotWordInClass : "[^" + Word + "]"); break;
            case 's': sb.Append(inClass ? SpaceInClass : "[" + SpaceInClass + "]"); break;
            case 'S': sb.Append(inClass ? NotSpaceInClass : "[^" + SpaceInClass + "]"); break;
            case 'b': sb.Append(inClass ? "\\x08" : WordBoundary); break;
            case 'B': sb.Append(inClass ? "B" : NotWordBoundary); break;
            case 'n':
            case 'r':
            case 't':
            case 'f':
            case 'v':
                sb.Append('\\').Append(c); break;
            case 'c':
                if (next < js.Length && IsAsciiLetter(js[next]))
                {
                    sb.Append("\\c").Append(js[next]);
                    next++;
                }
                else
                {
                    sb.Append("\\\\c"); // Annex B: a lone \c is a backslash and a "c".
                }
                break;
            case 'x':
                next = AppendHexEscape(js, next, 2, 'x', sb);
                break;
            case 'u':
                next = AppendHexEscape(js, next, 4, 'u', sb);
                break;
            case 'k':
                if (!inClass && next < js.Length && js[next] == '<') sb.Append("\\k");
                else sb.Append('k');
                break;
            default:
                if (c >= '0' && c <= '9')
                    sb.Append('\\').Append(c); // back-references and legacy octal: same reading in .NET.
                else if (IsAsciiLetter(c) || c == '_')
                    sb.Append(c); // identity escape: \a is "a" in JS, a bell in .NET.
                else
                    sb.Append('\\').Append(c);
                break;
        }
        return next;
    }

    private static int AppendHexEscape(string js, int i, int digits, char letter, StringBuilder sb)
    {
        if (i + digits <= js.Length)
        {
            var ok = true;
            for (var k = 0; k < digits; k++)
                ok &= Uri.IsHexDigit(js[i + k]);
            if (ok)
            {
                sb.Append('\\').Append(letter).Append(js, i, digits);
                return i + digits;
            }
        }
        sb.Append(letter); // Annex B: \x or \u without enough hex digits is the letter itself.
        return i;
    }

    private static bool IsSetEscape(string js, int i) =>
        i + 1 < js.Length && js[i] == '\\' && "dDwWsS".IndexOf(js[i + 1]) >= 0;

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
