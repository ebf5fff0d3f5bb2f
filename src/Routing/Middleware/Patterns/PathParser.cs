using System.Collections.Generic;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// The path-to-regexp v6 parser (the version Next.js 15 bundles) with its default options: prefixes
/// <c>./</c>, delimiter <c>/#?</c>. Produces literal strings and <see cref="PathKey"/>s.
/// </summary>
internal sealed class PathParser
{
    /// <summary>The default parameter pattern, <c>[^\/#\?]+?</c>: one segment, lazily.</summary>
    public const string DefaultPattern = "[^\\/#\\?]+?";

    private const string Prefixes = "./";

    private readonly List<PathToken> _tokens;
    private int _i;

    private PathParser(List<PathToken> tokens) => _tokens = tokens;

    /// <summary>Parses a source; each item is a <see cref="string"/> literal or a <see cref="PathKey"/>.</summary>
    /// <exception cref="PathSyntaxException">The source is not valid path-to-regexp v6 syntax.</exception>
    public static List<object> Parse(string source) => new PathParser(PathLexer.Lex(source)).Run();

    private List<object> Run()
    {
        var result = new List<object>();
        var path = "";
        var unnamed = 0; // an unnamed parameter is named by its index, as path-to-regexp names it
        while (_i < _tokens.Count)
        {
            var ch = TryConsume(PathTokenKind.CHAR);
            var name = TryConsume(PathTokenKind.NAME);
            var pattern = TryConsume(PathTokenKind.PATTERN);
            if (name != null || pattern != null)
            {
                var prefix = ch ?? "";
                // "" counts as a known prefix too ("./".indexOf("") is 0 in JS).
                if (prefix.Length > 0 && Prefixes.IndexOf(prefix, System.StringComparison.Ordinal) < 0)
                {
                    path += prefix;
                    prefix = "";
                }
                if (path.Length > 0)
                {
                    result.Add(path);
                    path = "";
                }
                result.Add(new PathKey(prefix, "", pattern ?? DefaultPattern, TryConsume(PathTokenKind.MODIFIER) ?? "",
                    name ?? (unnamed++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var value = ch ?? TryConsume(PathTokenKind.ESCAPED_CHAR);
            if (!string.IsNullOrEmpty(value))
            {
                path += value;
                continue;
            }
            if (path.Length > 0)
            {
                result.Add(path);
                path = "";
            }

            if (TryConsume(PathTokenKind.OPEN) != null)
            {
                var groupPrefix = ConsumeText();
                var groupName = TryConsume(PathTokenKind.NAME) ?? "";
                var groupPattern = TryConsume(PathTokenKind.PATTERN) ?? "";
                var suffix = ConsumeText();
                MustConsume(PathTokenKind.CLOSE);
                var effectivePattern = groupName.Length > 0 && groupPattern.Length == 0 ? DefaultPattern : groupPattern;
                result.Add(new PathKey(groupPrefix, suffix, effectivePattern, TryConsume(PathTokenKind.MODIFIER) ?? "",
                    groupName.Length > 0 ? groupName : groupPattern.Length > 0 ? (unnamed++).ToString(System.Globalization.CultureInfo.InvariantCulture) : ""));
                continue;
            }
            MustConsume(PathTokenKind.END);
        }
        return result;
    }

    // Like the JS original, a matching token is consumed even when its value is empty (a trailing "\").
    private string? TryConsume(PathTokenKind kind)
    {
        if (_i < _tokens.Count && _tokens[_i].Kind == kind)
            return _tokens[_i++].Value;
        return null;
    }

    private void MustConsume(PathTokenKind kind)
    {
        if (_i < _tokens.Count && _tokens[_i].Kind == kind)
        {
            _i++;
            return;
        }
        var next = _tokens[_i];
        throw new PathSyntaxException("Unexpected " + next.Kind + " at " + next.Index + ", expected " + kind);
    }

    private string ConsumeText()
    {
        var text = "";
        while (true)
        {
            var value = TryConsume(PathTokenKind.CHAR) ?? TryConsume(PathTokenKind.ESCAPED_CHAR);
            if (string.IsNullOrEmpty(value))
                return text;
            text += value;
        }
    }
}
