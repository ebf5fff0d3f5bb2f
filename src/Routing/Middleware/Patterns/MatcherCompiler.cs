using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// Validates and compiles middleware matcher entries exactly as <c>next build</c> 15.3.4 does, with
/// error texts in Next's wording so users can search them. Pure: the source generator runs it at build
/// time; the runtime only loads its output.
/// </summary>
/// <example>
/// <code>
/// if (!MatcherCompiler.TryCompile(new MatcherEntry("/about/("), out var compiled, out var error))
///     Report(error); // Invalid source '/about/(': Unbalanced pattern at 7
/// </code>
/// </example>
internal static class MatcherCompiler
{
    /// <summary>Next's limit on a source, before and after it is wrapped.</summary>
    public const int MaxSourceLength = 4096;

    /// <summary>The prefix Next.js puts before every source: the optional <c>/_next/data/&lt;buildId&gt;</c>.</summary>
    public const string NextDataPrefix = "/:nextData(_next/data/[^/]{1,})?";

    /// <summary>Compiles one entry; on failure <paramref name="error"/> says what is wrong and how to fix it.</summary>
    public static bool TryCompile(MatcherEntry entry, [NotNullWhen(true)] out CompiledMatcherEntry? compiled, [NotNullWhen(false)] out string? error)
    {
        compiled = null;
        var source = entry.Source;
        if (source is null)
        {
            error = "source is required: give every matcher object a source such as '/about/:path*'";
            return false;
        }
        if ((error = CheckSource(source, out _)) != null)
            return false;

        var wrapped = Wrap(source);
        if (wrapped.Length > MaxSourceLength)
        {
            error = "Failed to parse middleware source: exceeds max built length of 4096 for route. Next.js wraps '"
                + source + "' into " + wrapped.Length + " characters; shorten the source to at most "
                + (MaxSourceLength - (wrapped.Length - source.Length)) + " characters";
            return false;
        }
        string jsRegex;
        try
        {
            jsRegex = PathToRegexp.ToJsSource(wrapped);
        }
        catch (PathSyntaxException e)
        {
            error = "Failed to parse middleware source: Invalid source '" + wrapped + "': " + e.Message
                + (source.EndsWith("\\", System.StringComparison.Ordinal)
                    ? ". The trailing '\\' of '" + source + "' escapes the '{' Next.js appends; remove it or write '\\\\'"
                    : ". Next.js wraps the source '" + source + "' this way; change the source so the wrapped form parses");
            return false;
        }

        var has = new List<CompiledMatchCondition>();
        var missing = new List<CompiledMatchCondition>();
        if ((error = CompileConditions(source, "has", entry.Has, has)) != null
            || (error = CompileConditions(source, "missing", entry.Missing, missing)) != null)
            return false;

        if (!JsRegexTranslator.TryCreate(jsRegex, RegexOptions.None, out var regex, out var regexError))
        {
            error = "Failed to parse middleware source: Invalid source '" + wrapped + "': Invalid regular expression: /"
                + jsRegex + "/: " + regexError;
            return false;
        }
        compiled = new CompiledMatcherEntry(source, jsRegex, regex.ToString(), has, missing) { Compiled = CompiledSource.TryCreate(source) };
        return true;
    }

    /// <summary>
    /// The first check Next runs on a source as written (<c>SourceSchema</c>): length, leading <c>/</c>,
    /// path-to-regexp syntax, and a valid resulting regular expression. Returns null when it passes.
    /// </summary>
    public static string? CheckSource(string source, out string? jsRegex)
    {
        jsRegex = null;
        if (source.Length > MaxSourceLength)
            return "Invalid source '" + source + "': exceeds max built length of 4096 for route (it has "
                + source.Length + " characters; split it into several matcher entries)";
        if (!source.StartsWith("/", System.StringComparison.Ordinal))
            return "Invalid source '" + source + "': source must start with / (write '/" + source + "')";
        try
        {
            jsRegex = PathToRegexp.ToJsSource(source);
        }
        catch (PathSyntaxException e)
        {
            return "Invalid source '" + source + "': " + e.Message;
        }
        if (!JsRegexTranslator.TryCreate(jsRegex, RegexOptions.None, out _, out var regexError))
            return "Invalid source '" + source + "': Invalid regular expression: /" + jsRegex + "/i: " + regexError;
        return null;
    }

    /// <summary>Next's rewrite of a source before compiling it (no basePath, no i18n).</summary>
    /// <example><c>Wrap("/")</c> is <c>/:nextData(_next/data/[^/]{1,})?/(/?index|/?index\.json)?</c>.</example>
    public static string Wrap(string source) =>
        NextDataPrefix + source + (source == "/" ? "(/?index|/?index\\.json)?" : "{(\\.json)}?");

    private static string? CompileConditions(string source, string list, IReadOnlyList<MatchCondition>? items, List<CompiledMatchCondition> output)
    {
        if (items is null)
            return null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var where = "Invalid source '" + source + "': " + list + "[" + i + "] ";
            if (item.Type == MatchConditionType.Host)
            {
                if (item.Value is null)
                    return where + "host must have a value: write { type: 'host', value: 'example\\\\.com' }";
                if (item.Key != null)
                    return where + "Unrecognized key(s) in object: 'key'. A host condition has only a value";
            }
            else if (item.Key is null)
            {
                return where + "key is required when type is header, query or cookie";
            }

            // Next tests `!value`, so an empty value means "present and non-empty", like no value.
            string? pattern = null;
            if (!string.IsNullOrEmpty(item.Value))
            {
                var js = "^" + item.Value + "$";
                if (!JsRegexTranslator.TryCreate(js, RegexOptions.None, out _, out var regexError))
                    return where + "value '" + item.Value + "' is not a valid regular expression (" + regexError
                        + "). Next.js would accept it and fail every request with HTTP 500; escape the special characters, e.g. '\\\\('";
                pattern = JsRegexTranslator.Translate(js);
            }
            var key = item.Type == MatchConditionType.Header ? item.Key!.ToLowerInvariant() : item.Key;
            output.Add(new CompiledMatchCondition(item.Type, key, pattern));
        }
        return null;
    }
}
