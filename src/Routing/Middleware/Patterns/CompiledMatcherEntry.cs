using System.Collections.Generic;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A validated matcher entry as the build hands it to the runtime: the pattern is compiled once at build
/// time, the runtime only constructs the <c>Regex</c>.
/// </summary>
/// <example>
/// <c>MatcherCompiler.TryCompile(new MatcherEntry("/about"), out var e, out _)</c> gives
/// <c>e.JsRegex == @"^(?:\/(_next\/data\/[^/]{1,}))?\/about(\.json)?[\/#\?]?$"</c> (what Next's
/// manifest holds) and <c>e.Pattern</c>, the same language for .NET.
/// </example>
/// <param name="Source">The source as the user wrote it, for messages.</param>
/// <param name="JsRegex">The regular expression source Next.js 15.3.4 would put in its middleware manifest.</param>
/// <param name="Pattern">The .NET pattern equivalent to <paramref name="JsRegex"/>; use <see cref="JsRegexTranslator.Options"/>.</param>
/// <param name="Has">Conditions that must all hold.</param>
/// <param name="Missing">Conditions of which none may hold.</param>
internal sealed record CompiledMatcherEntry(
    string Source,
    string JsRegex,
    string Pattern,
    IReadOnlyList<CompiledMatchCondition> Has,
    IReadOnlyList<CompiledMatchCondition> Missing)
{
    /// <summary>
    /// The source as plain C# when the build recognised its shape (<see cref="CompiledSource"/>); null when only
    /// the regular expression expresses it. The matcher prefers it: no regex runs for the entry.
    /// </summary>
    public CompiledSource? Compiled { get; init; }
}
