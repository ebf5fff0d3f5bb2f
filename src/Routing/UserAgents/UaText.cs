using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>The small text rules ua-parser-js applies to what its regexes capture.</summary>
internal static class UaText
{
    /// <summary>
    /// The regex flavour of the rules: case-insensitive, and ECMAScript so <c>\w</c>, <c>\d</c> and <c>\b</c> are
    /// ASCII-only, as in a JavaScript regex without the <c>u</c> flag.
    /// </summary>
    public const RegexOptions Js = RegexOptions.IgnoreCase | RegexOptions.ECMAScript | RegexOptions.CultureInvariant;

    /// <summary>A group's text; null when the group did not take part or matched nothing (JavaScript's falsy capture).</summary>
    public static string? At(this Match match, int group)
    {
        var g = match.Groups[group];
        return g.Success && g.Length > 0 ? g.Value : null;
    }

    /// <summary>A group's text with every <c>_</c> made <paramref name="with"/> (<c>10_15_7</c> → <c>10.15.7</c>).</summary>
    public static string? At(this Match match, int group, char underscore, char with) =>
        match.At(group)?.Replace(underscore, with);

    /// <summary>
    /// <c>major</c>: the version with everything but digits and dots removed, up to the first dot
    /// (<c>131.0.0.0</c> → <c>131</c>); null without a version.
    /// </summary>
    public static string? Major(string? version)
    {
        if (version is null)
            return null;
        var kept = new string(version.Where(c => c is (>= '0' and <= '9') or '.').ToArray());
        var dot = kept.IndexOf('.');
        return dot < 0 ? kept : kept[..dot];
    }

    /// <summary>
    /// The first key whose value <paramref name="text"/> contains, ignoring case (ua-parser-js's <c>strMapper</c>);
    /// a key of null maps to null; no match leaves the text as it is.
    /// </summary>
    public static string? MapVersion(string? text, ReadOnlySpan<(string? Key, string Value)> map)
    {
        if (text is null)
            return null;
        foreach (var (key, value) in map)
            if (text.Contains(value, StringComparison.OrdinalIgnoreCase))
                return key;
        return text;
    }

    /// <summary>JavaScript's <c>\s</c>.</summary>
    public static bool IsJsWhiteSpace(char c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680'
        or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';
}
