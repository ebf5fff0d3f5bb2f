namespace Nextfunc.Routing.Generator.Model;

/// <summary>One <c>next.config.cs</c> as read: the config to emit (when valid) and its problems.</summary>
internal sealed record NextConfigFileModel(string FilePath, NextConfigModel? Config, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The app's <c>next.config.cs</c>, compiled: its settings and its rules in Next.js's order.</summary>
/// <param name="RelativePath">The file, relative to the project (set when the app model picks it).</param>
/// <param name="BasePath"><c>BasePath</c>, or empty.</param>
/// <param name="TrailingSlash"><c>TrailingSlash</c>.</param>
/// <param name="SkipTrailingSlashRedirect"><c>SkipTrailingSlashRedirect</c>.</param>
/// <param name="SkipMiddlewareUrlNormalize"><c>SkipMiddlewareUrlNormalize</c>.</param>
/// <param name="Rules">Headers, then redirects, then rewrites (beforeFiles, afterFiles, fallback), each in written order.</param>
internal sealed record NextConfigModel(
    string RelativePath,
    string BasePath,
    bool TrailingSlash,
    bool SkipTrailingSlashRedirect,
    bool SkipMiddlewareUrlNormalize,
    EquatableArray<ConfigRuleModel> Rules);

/// <summary>
/// One compiled rule: <paramref name="Kind"/> is <c>header</c>, <c>redirect</c>, <c>beforeFiles</c>, <c>afterFiles</c> or
/// <c>fallback</c>; source and destination have basePath in them already.
/// </summary>
internal sealed record ConfigRuleModel(
    string Kind,
    string Source,
    string Pattern,
    EquatableArray<string> ParamNames,
    string? Destination,
    int StatusCode,
    EquatableArray<HeaderModel> Headers,
    EquatableArray<ConditionModel> Has,
    EquatableArray<ConditionModel> Missing);

/// <summary>A header of a header rule.</summary>
internal sealed record HeaderModel(string Key, string Value);
