using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware.Patterns;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Middleware;

/// <summary>
/// Decides, per request, whether the middleware runs: Next.js 15.3.4 <c>config.matcher</c> semantics.
/// Build one per app from the build's <see cref="CompiledMatcherEntry"/> list and share it; it is
/// immutable and thread-safe. Run <see cref="Matching.SlashRedirect"/> first: a request it redirects
/// never reaches the middleware.
/// </summary>
/// <example>
/// <code>
/// var matcher = new MiddlewareMatcher(generatedEntries, buildId: "abc123");
/// if (matcher.Matches(httpContext.Request)) await middleware(...);
/// </code>
/// </example>
internal sealed class MiddlewareMatcher
{
    private readonly Entry[] _entries;
    private readonly string? _buildId;

    /// <summary>Builds the regexes once, for the entries the build did not compile to C# (<see cref="CompiledMatcherEntry.Compiled"/>).</summary>
    /// <param name="entries">The compiled entries, in config order. Empty means the middleware never runs.</param>
    /// <param name="buildId">This build's id, for the <c>/_next/data/&lt;buildId&gt;/…json</c> normalisation; null to skip it.</param>
    /// <param name="compileRegexes">
    /// True (the default) adds <see cref="RegexOptions.Compiled"/>: a few milliseconds once at start-up for
    /// every regex, in exchange for faster matching on every request. Pass false where cold start matters more.
    /// </param>
    public MiddlewareMatcher(IEnumerable<CompiledMatcherEntry> entries, string? buildId = null, bool compileRegexes = true)
    {
        var options = JsRegexTranslator.Options | (compileRegexes ? RegexOptions.Compiled : RegexOptions.None);
        // A source the build compiled to C# needs no regex: the same code runs under the JIT and Native AOT.
        _entries = entries.Select(e => new Entry(
            e.Compiled,
            e.Compiled is null ? new Regex(e.Pattern, options) : null,
            e.Has.Select(c => new Condition(c, options)).ToArray(),
            e.Missing.Select(c => new Condition(c, options)).ToArray())).ToArray();
        _buildId = buildId;
    }

    /// <summary>
    /// True when the middleware runs for this request: some entry's source matches the raw pathname or its
    /// <c>decodeURIComponent</c> form, and that entry's <c>has</c> all hold and none of its <c>missing</c> do.
    /// Reads the request-target byte for byte from <see cref="IHttpRequestFeature.RawTarget"/> (Kestrel sets it);
    /// without one it falls back to <c>PathBase + Path</c> and <c>QueryString</c>.
    /// </summary>
    public bool Matches(HttpRequest request)
    {
        if (_entries.Length == 0)
            return false;
        var pathname = Pathname(request, out var target, out var queryStart);
        pathname = NodeUrl.NormalizeNextData(pathname, _buildId);
        // Under basePath, Next.js prefixes every matcher with it: outside it the middleware never runs.
        if (request.HttpContext.Features.Get<RequestBasePathFeature>() is { } basePath)
        {
            if (RequestBasePathFeature.Strip(pathname, basePath.BasePath) is not { } underBasePath)
                return false;
            pathname = underBasePath;
        }

        var context = new RequestValues(request, target, queryStart);
        if (MatchesAny(pathname, ref context))
            return true;
        // A malformed escape makes decodeURIComponent throw: then only the raw form counts.
        return pathname.Contains('%') && UriComponent.TryDecode(pathname, out var decoded)
            && MatchesAny(decoded, ref context);
    }

    /// <summary>
    /// A middleware without <c>config.matcher</c>: it runs for every path, but only under the app's basePath (Next.js's
    /// default matcher is under it too).
    /// </summary>
    public static bool UnderBasePath(HttpRequest request) =>
        request.HttpContext.Features.Get<RequestBasePathFeature>() is not { } basePath
        || RequestBasePathFeature.IsUnder(Pathname(request, out _, out _), basePath.BasePath);

    // The request-target's pathname, byte for byte (Kestrel's RawTarget), else PathBase + Path.
    private static string Pathname(HttpRequest request, out string target, out int queryStart)
    {
        target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length == 0)
            target = request.PathBase.Value + request.Path.Value + request.QueryString.Value;
        NodeUrl.Split(target, out var pathname, out queryStart);
        return pathname;
    }

    private bool MatchesAny(string pathname, ref RequestValues request)
    {
        foreach (var entry in _entries)
        {
            if (!(entry.Compiled?.IsMatch(pathname) ?? entry.Source!.IsMatch(pathname)))
                continue;
            if (AllHold(entry.Has, ref request) && NoneHolds(entry.Missing, ref request))
                return true;
        }
        return false;
    }

    private static bool AllHold(Condition[] conditions, ref RequestValues request)
    {
        foreach (var condition in conditions)
            if (!condition.Holds(ref request))
                return false;
        return true;
    }

    private static bool NoneHolds(Condition[] conditions, ref RequestValues request)
    {
        foreach (var condition in conditions)
            if (condition.Holds(ref request))
                return false;
        return true;
    }

    private sealed record Entry(CompiledSource? Compiled, Regex? Source, Condition[] Has, Condition[] Missing);
}
