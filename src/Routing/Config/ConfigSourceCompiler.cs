using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// Validates and compiles one <c>next.config.cs</c> rule as <c>next build</c> does (<c>check-custom-routes</c>), with
/// Next's reasons: the source with path-to-regexp (<c>strict: true</c>), its has/missing conditions as the middleware
/// matcher compiles them, and the destination's params against what the source and conditions provide. Shared by the
/// generator, which reports the errors with file and line, and the tests.
/// </summary>
internal static class ConfigSourceCompiler
{
    /// <summary>A compiled rule: the JS regex Next.js would store, its .NET pattern, and the name of each capture group.</summary>
    public sealed record Result(string JsRegex, string Pattern, IReadOnlyList<string> ParamNames,
        IReadOnlyList<CompiledMatchCondition> Has, IReadOnlyList<CompiledMatchCondition> Missing);

    private static readonly Regex NamedGroup = new(@"\(\?<([a-zA-Z][a-zA-Z0-9]*)>", RegexOptions.CultureInvariant);
    private static readonly Regex DestinationParam = new(@":([a-zA-Z_][a-zA-Z0-9_]*)", RegexOptions.CultureInvariant);

    /// <summary>Compiles a rule; on failure <paramref name="error"/> is Next's reason and how to fix it.</summary>
    public static bool TryCompile(string source, IReadOnlyList<MatchCondition> has, IReadOnlyList<MatchCondition> missing, string? destination,
        out Result? result, out string? error)
    {
        result = null;
        if (!source.StartsWith("/", System.StringComparison.Ordinal))
        {
            error = "`source` does not start with / (write '/" + source + "')";
            return false;
        }
        List<object> tokens;
        string jsRegex;
        try
        {
            tokens = PathParser.Parse(source);
            jsRegex = PathToRegexp.ToJsSource(source, strict: true);
        }
        catch (PathSyntaxException e)
        {
            error = "`source` parse failed: " + e.Message;
            return false;
        }
        if (!JsRegexTranslator.TryCreate(jsRegex, RegexOptions.IgnoreCase, out var regex, out var regexError))
        {
            error = "`source` is not a valid regular expression: /" + jsRegex + "/: " + regexError;
            return false;
        }

        var entry = new MatcherEntry(source, has.ToList(), missing.ToList());
        if (!MatcherCompiler.TryCompile(entry, out var conditions, out error))
            return false;

        var names = tokens.OfType<PathKey>().Where(k => k.Pattern.Length > 0).Select(k => k.Name).ToList();
        if (destination is not null && (error = CheckDestination(destination, names, has)) is not null)
            return false;
        result = new Result(jsRegex, regex!.ToString(), names, conditions!.Has, conditions.Missing);
        return true;
    }

    // Next refuses a destination param that neither the source nor a has condition provides.
    private static string? CheckDestination(string destination, List<string> sourceParams, IReadOnlyList<MatchCondition> has)
    {
        if (!destination.StartsWith("/", System.StringComparison.Ordinal) &&
            !destination.StartsWith("http://", System.StringComparison.Ordinal) && !destination.StartsWith("https://", System.StringComparison.Ordinal))
            return "`destination` does not start with `/`, `http://`, or `https://` (write '/" + destination + "')";
        var provided = new HashSet<string>(sourceParams, System.StringComparer.Ordinal);
        foreach (var condition in has)
        {
            if (condition.Value is { Length: > 0 } value)
                foreach (Match group in NamedGroup.Matches(value))
                    provided.Add(group.Groups[1].Value);
            else if (condition.Key is { } key)
                provided.Add(new string(key.Where(c => char.IsLetterOrDigit(c) && c < 128).ToArray()));
        }
        var afterScheme = destination.IndexOf("//", System.StringComparison.Ordinal);
        var checkedPart = afterScheme < 0 ? destination : destination.Substring(afterScheme + 2);
        var missingParams = DestinationParam.Matches(checkedPart).Cast<Match>().Select(m => m.Groups[1].Value)
            .Where(name => !provided.Contains(name)).Distinct().ToList();
        return missingParams.Count == 0
            ? null
            : "`destination` has segments not in `source` or `has` (" + string.Join(", ", missingParams) +
              "). Name them in the source (':" + missingParams[0] + "') or capture them in a has condition ('(?<" + missingParams[0] + ">...)')";
    }
}
