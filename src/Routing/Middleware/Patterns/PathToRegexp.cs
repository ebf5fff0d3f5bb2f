using System.Text;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// path-to-regexp v6 <c>parse</c> + <c>tokensToRegexp</c> with default options, returning the
/// JavaScript <c>RegExp.source</c> that Next.js stores in its middleware manifest. Use
/// <see cref="JsRegexTranslator"/> to turn that source into a .NET pattern.
/// </summary>
/// <example>
/// <c>PathToRegexp.ToJsSource("/about/:path*")</c> is
/// <c>^\/about(?:\/((?:[^\/#\?]+?)(?:\/(?:[^\/#\?]+?))*))?[\/#\?]?$</c>.
/// </example>
internal static class PathToRegexp
{
    /// <summary>The non-strict ending: one optional delimiter, then the end of input.</summary>
    private const string Ending = "[\\/#\\?]?$";

    /// <summary>Compiles a source to the JS regular expression source (no flags).</summary>
    /// <exception cref="PathSyntaxException">The source is not valid path-to-regexp v6 syntax.</exception>
    public static string ToJsSource(string source) => ToJsSource(source, strict: false);

    /// <summary>
    /// <see cref="ToJsSource(string)"/>; with <paramref name="strict"/> (<c>strict: true</c>, as Next.js compiles a
    /// <c>next.config.js</c> source) no optional trailing delimiter is allowed before the end.
    /// </summary>
    public static string ToJsSource(string source, bool strict)
    {
        var route = new StringBuilder("^");
        foreach (var token in PathParser.Parse(source))
        {
            if (token is string literal)
            {
                AppendEscaped(route, literal);
                continue;
            }

            var key = (PathKey)token;
            var prefix = Escape(key.Prefix);
            var suffix = Escape(key.Suffix);
            if (key.Pattern.Length == 0)
            {
                route.Append("(?:").Append(prefix).Append(suffix).Append(')').Append(key.Modifier);
            }
            else if (prefix.Length == 0 && suffix.Length == 0)
            {
                // v6 as bundled by Next.js 15 repeats the capture itself when there is nothing to repeat over.
                route.Append('(').Append(key.Pattern).Append(')').Append(key.Modifier);
            }
            else if (key.Modifier == "+" || key.Modifier == "*")
            {
                route.Append("(?:").Append(prefix)
                    .Append("((?:").Append(key.Pattern).Append(")(?:").Append(suffix).Append(prefix)
                    .Append("(?:").Append(key.Pattern).Append("))*)")
                    .Append(suffix).Append(')');
                if (key.Modifier == "*") route.Append('?');
            }
            else
            {
                route.Append("(?:").Append(prefix).Append('(').Append(key.Pattern).Append(')')
                    .Append(suffix).Append(')').Append(key.Modifier);
            }
        }
        return AsRegExpSource(route.Append(strict ? "$" : Ending).ToString());
    }

    /// <summary>
    /// What JavaScript's <c>RegExp.prototype.source</c> returns for a pattern: a bare <c>/</c> outside a
    /// class becomes <c>\/</c> and line terminators become escapes. Same language, Next's exact text.
    /// </summary>
    public static string AsRegExpSource(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            switch (c)
            {
                case '/' when !inClass: sb.Append("\\/"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>path-to-regexp's <c>escapeString</c>: backslash before <c>.+*?=^!:${}()[]|/\</c>.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendEscaped(sb, text);
        return sb.ToString();
    }

    private static void AppendEscaped(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (".+*?=^!:${}()[]|/\\".IndexOf(c) >= 0)
                sb.Append('\\');
            sb.Append(c);
        }
    }
}
