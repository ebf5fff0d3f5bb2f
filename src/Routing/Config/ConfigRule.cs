using System.Text;
using System.Text.RegularExpressions;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// One compiled <c>next.config.cs</c> entry (a header, redirect or rewrite rule) as the build emitted it: its source as a
/// case-insensitive pattern (basePath already in it) with the names of its params, its has/missing conditions, and
/// what it does when it matches.
/// </summary>
internal sealed class ConfigRule
{
    private readonly Regex _pattern;
    private readonly string[] _paramNames;

    // The source's literal start ("/old-blog" of "/old-blog/:slug"): a path that does not start with it (ignoring ASCII
    // case, as the pattern does) cannot match, so the regex is not run. Every request passes every redirect and header
    // rule; with this, 50 literal-led rules cost string compares instead of 50 regex runs.
    private readonly string _literalStart;

    /// <summary>Builds a rule from the build's output.</summary>
    /// <param name="source">The source as written (basePath included), for messages and listings.</param>
    /// <param name="pattern">The .NET pattern of the source, as <c>path-to-regexp</c> with <c>strict: true</c> compiles it.</param>
    /// <param name="paramNames">The name of each capture group of <paramref name="pattern"/>, in order.</param>
    /// <param name="destination">The destination (redirects, rewrites); null for a header rule.</param>
    public ConfigRule(string source, string pattern, IReadOnlyList<string> paramNames, string? destination)
    {
        Source = source;
        _pattern = new Regex(pattern, JsRegexTranslator.Options | RegexOptions.IgnoreCase);
        _paramNames = [.. paramNames];
        _literalStart = LiteralStart(source);
        Destination = destination is null ? null : new ConfigDestination(destination);
    }

    /// <summary>The source as written.</summary>
    public string Source { get; }

    /// <summary>Where a redirect or rewrite goes; null for a header rule.</summary>
    public ConfigDestination? Destination { get; }

    /// <summary>A redirect's status code.</summary>
    public int StatusCode { get; init; }

    /// <summary>A header rule's headers, in order.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Conditions that must all hold.</summary>
    public List<Condition> Has { get; } = [];

    /// <summary>Conditions none of which may hold.</summary>
    public List<Condition> Missing { get; } = [];

    /// <summary>
    /// True when <paramref name="pathname"/> matches and the conditions hold; <paramref name="parameters"/> then holds the
    /// source's params (as matched, not decoded) and what the has conditions captured.
    /// </summary>
    public bool TryMatch(string pathname, ref RequestValues request, out Dictionary<string, string> parameters)
    {
        parameters = null!;
        if (!pathname.StartsWith(_literalStart, StringComparison.OrdinalIgnoreCase))
            return false;
        var match = _pattern.Match(pathname);
        if (!match.Success)
            return false;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _paramNames.Length && i + 1 < match.Groups.Count; i++)
            if (match.Groups[i + 1].Success)
                found[_paramNames[i]] = match.Groups[i + 1].Value;
        foreach (var condition in Has)
            if (!condition.Holds(ref request, found))
                return false;
        foreach (var condition in Missing)
            if (condition.Holds(ref request))
                return false;
        parameters = found;
        return true;
    }

    private static string LiteralStart(string source)
    {
        try
        {
            // Only ASCII: beyond it, ordinal case folding and the pattern's could disagree.
            return PathParser.Parse(source) is [string literal, ..] && Ascii.IsValid(literal) ? literal : "";
        }
        catch (PathSyntaxException)
        {
            return ""; // the build compiled it; never here
        }
    }
}
