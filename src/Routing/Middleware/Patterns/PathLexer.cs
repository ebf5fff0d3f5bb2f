using System.Collections.Generic;
using System.Text;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>The path-to-regexp v6 lexer: characters to tokens, with its exact error texts and positions.</summary>
internal static class PathLexer
{
    public static List<PathToken> Lex(string str)
    {
        var tokens = new List<PathToken>();
        var i = 0;
        while (i < str.Length)
        {
            var c = str[i];
            switch (c)
            {
                case '*':
                case '+':
                case '?':
                    tokens.Add(new PathToken(PathTokenKind.MODIFIER, i, c.ToString()));
                    i++;
                    continue;
                case '\\':
                    // A trailing backslash escapes nothing; the token still exists and is consumed silently.
                    tokens.Add(new PathToken(PathTokenKind.ESCAPED_CHAR, i, i + 1 < str.Length ? str[i + 1].ToString() : null));
                    i += 2;
                    continue;
                case '{':
                    tokens.Add(new PathToken(PathTokenKind.OPEN, i, "{"));
                    i++;
                    continue;
                case '}':
                    tokens.Add(new PathToken(PathTokenKind.CLOSE, i, "}"));
                    i++;
                    continue;
                case ':':
                    i = LexName(str, i, tokens);
                    continue;
                case '(':
                    i = LexPattern(str, i, tokens);
                    continue;
                default:
                    tokens.Add(new PathToken(PathTokenKind.CHAR, i, c.ToString()));
                    i++;
                    continue;
            }
        }
        tokens.Add(new PathToken(PathTokenKind.END, i, ""));
        return tokens;
    }

    private static int LexName(string str, int start, List<PathToken> tokens)
    {
        var j = start + 1;
        while (j < str.Length && IsNameChar(str[j]))
            j++;
        if (j == start + 1)
            throw new PathSyntaxException("Missing parameter name at " + start);
        tokens.Add(new PathToken(PathTokenKind.NAME, start, str.Substring(start + 1, j - start - 1)));
        return j;
    }

    // ASCII only: path-to-regexp compares char codes, so "é" ends a name.
    private static bool IsNameChar(char c) =>
        (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

    private static int LexPattern(string str, int start, List<PathToken> tokens)
    {
        var count = 1;
        var pattern = new StringBuilder();
        var j = start + 1;
        if (j < str.Length && str[j] == '?')
            throw new PathSyntaxException("Pattern cannot start with \"?\" at " + j);
        while (j < str.Length)
        {
            if (str[j] == '\\')
            {
                // Copies the backslash and whatever follows (nothing at the very end), like the JS original.
                pattern.Append(str[j]);
                if (j + 1 < str.Length) pattern.Append(str[j + 1]);
                j += 2;
                continue;
            }
            if (str[j] == ')')
            {
                count--;
                if (count == 0)
                {
                    j++;
                    break;
                }
            }
            else if (str[j] == '(')
            {
                count++;
                if (j + 1 >= str.Length || str[j + 1] != '?')
                    throw new PathSyntaxException("Capturing groups are not allowed at " + j);
            }
            pattern.Append(str[j]);
            j++;
        }
        if (count != 0)
            throw new PathSyntaxException("Unbalanced pattern at " + start);
        if (pattern.Length == 0)
            throw new PathSyntaxException("Missing pattern at " + start);
        tokens.Add(new PathToken(PathTokenKind.PATTERN, start, pattern.ToString()));
        return j > str.Length ? str.Length : j;
    }
}
