namespace Nextfunc.Routing.Generator.Model;

/// <summary>The app's middleware: the method to call and its compiled matcher.</summary>
/// <param name="RelativePath">The file, relative to the project.</param>
/// <param name="ClassName">Fully qualified class.</param>
/// <param name="IsAsync">True when <c>Middleware</c> returns Task/ValueTask (of a response or of nothing).</param>
/// <param name="ReturnsNothing">True when <c>Middleware</c> returns void, Task or ValueTask: it always continues.</param>
/// <param name="TakesFetchEvent">True when <c>Middleware</c> takes the <c>NextFetchEvent</c> second.</param>
/// <param name="Matchers">The compiled <c>Config.Matcher</c> entries; empty means "every path".</param>
/// <param name="MatchesEverything">True when no matcher is configured (Next.js runs middleware on every path).</param>
internal sealed record MiddlewareModel(
    string RelativePath,
    string ClassName,
    bool IsAsync,
    bool ReturnsNothing,
    bool TakesFetchEvent,
    EquatableArray<MatcherModel> Matchers,
    bool MatchesEverything,
    SourceLocation Location);

/// <summary>
/// One matcher entry, compiled: the source as written, the regex it became and, when its shape allows, the
/// manifest builder call that gives its <c>CompiledSource</c> (which the host runs instead of the regex).
/// </summary>
internal sealed record MatcherModel(string Source, string JsRegex, string Regex, EquatableArray<ConditionModel> Has, EquatableArray<ConditionModel> Missing,
    string? CompiledSource = null);

/// <summary>A has/missing condition: type (header, cookie, query, host), key and optional value regex.</summary>
internal sealed record ConditionModel(string Type, string? Key, string? Value);
