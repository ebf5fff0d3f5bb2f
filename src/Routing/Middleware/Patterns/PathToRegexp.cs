using System.Text;

namespace Serverless.Routing.Middleware.Patterns;

/// <summary>
/// path-to-regexp v6 <c>parse</c> + <c>tokensToRegexp</c> with default options, returning the
/// JavaScript <c>RegExp.source</c> that Next.js stores in its middleware manifest. Use
/// <see cref="JsRegexTranslator"/> to turn that source into a .NET pattern.
/// </summary>
/// <example>
/// <c>PathToRegexp.ToJsSource("/about/:path*")</c> is
/// <c>^\/about(?:\/((?:[^\/#\?]+?)(?:\/(?:[^\/#\?]+?))*))?[\/#\?]?$</c>.
/// </example>
public static class PathToRegexp
{
    /// <summary>The non-strict ending: one optional delimiter, then the end of input.</summary>
    private const string Ending = "[\\/#\\?]?$";

    /// <summary>Compiles a source to the JS regular expression source (no flags).</summary>
    /// <exception cref="PathSyntaxException">The source is not valid path-to-regexp v6 syntax.</exception>
    public static string ToJsSource(string source)
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
        return route.Append(Ending).ToString();
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
