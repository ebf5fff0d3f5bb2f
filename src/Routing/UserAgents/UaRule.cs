using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// One row of a ua-parser-js style table: a regex and what to make of its match. A table is tried top to bottom and
/// the first regex that matches anywhere in the string decides, even when it leaves members unknown.
/// </summary>
internal readonly record struct UaRule<T>(Regex Pattern, Func<Match, T> Read)
{
    /// <summary>What the first matching rule reads, or <paramref name="none"/>.</summary>
    public static T First(ReadOnlySpan<UaRule<T>> rules, string ua, T none)
    {
        foreach (var rule in rules)
        {
            var match = rule.Pattern.Match(ua);
            if (match.Success)
                return rule.Read(match);
        }
        return none;
    }
}
