namespace Nextfunc.Routing.Config;

/// <summary>
/// The app's <c>next.config.cs</c> as the build compiled it: basePath and trailingSlash, and its header, redirect and
/// rewrite rules in the order Next.js applies them. Empty (<see cref="IsEmpty"/>) for an app without one.
/// </summary>
internal sealed class NextConfigRules
{
    /// <summary>The config file, relative to the project.</summary>
    public required string SourceFile { get; init; }

    /// <summary><c>basePath</c>: <c>/docs</c>, or empty.</summary>
    public string BasePath { get; init; } = "";

    /// <summary><c>trailingSlash</c>: every page URL ends in <c>/</c> (others are redirected there).</summary>
    public bool TrailingSlash { get; init; }

    /// <summary><c>skipTrailingSlashRedirect</c>: no 308 for a missing or extra slash.</summary>
    public bool SkipTrailingSlashRedirect { get; init; }

    /// <summary><c>skipMiddlewareUrlNormalize</c>: middleware sees <c>/_next/data/…</c> URLs as requested.</summary>
    public bool SkipMiddlewareUrlNormalize { get; init; }

    /// <summary><c>headers()</c>: every matching rule applies, in order (a later one wins a name both set).</summary>
    public List<ConfigRule> Headers { get; } = [];

    /// <summary><c>redirects()</c>: the first matching rule answers, before middleware.</summary>
    public List<ConfigRule> Redirects { get; } = [];

    /// <summary><c>rewrites().beforeFiles</c>: after middleware, before public files and routes.</summary>
    public List<ConfigRule> BeforeFiles { get; } = [];

    /// <summary><c>rewrites().afterFiles</c> (or a plain list): after public files and static routes, before dynamic routes.</summary>
    public List<ConfigRule> AfterFiles { get; } = [];

    /// <summary><c>rewrites().fallback</c>: when nothing else serves the path.</summary>
    public List<ConfigRule> Fallback { get; } = [];

    /// <summary>True when the config changes nothing: the pipeline skips it.</summary>
    public bool IsEmpty => BasePath.Length == 0 && !TrailingSlash && Headers.Count == 0 && Redirects.Count == 0 &&
        BeforeFiles.Count == 0 && AfterFiles.Count == 0 && Fallback.Count == 0;

    /// <summary>Every rule with what it is, for the <c>routes</c> command and OpenAPI.</summary>
    public IEnumerable<(string Kind, ConfigRule Rule)> All =>
        Headers.Select(r => ("header", r)).Concat(Redirects.Select(r => ("redirect", r)))
            .Concat(BeforeFiles.Select(r => ("rewrite (beforeFiles)", r))).Concat(AfterFiles.Select(r => ("rewrite", r)))
            .Concat(Fallback.Select(r => ("rewrite (fallback)", r)));
}
