using Nextfunc.Routing.Config;

namespace Nextfunc.Routing.Generated;

// The calls for the app's next.config.cs: its settings, then one call per headers, redirects and rewrites rule (with
// Set, Has and Missing after it). Apart from the routes and the middleware, as the config is its own file in the app.
public sealed partial class ManifestBuilder
{
    /// <summary>Sets the app's <c>next.config.cs</c>; the <see cref="ConfigHeader"/>, <see cref="ConfigRedirect"/> and <see cref="ConfigRewrite"/> calls after it are its rules.</summary>
    /// <param name="sourceFile">The config file, relative to the project.</param>
    /// <param name="basePath"><c>BasePath</c>: <c>/docs</c>, or empty.</param>
    /// <param name="trailingSlash"><c>TrailingSlash</c>.</param>
    /// <param name="skipTrailingSlashRedirect"><c>SkipTrailingSlashRedirect</c>.</param>
    /// <param name="skipMiddlewareUrlNormalize"><c>SkipMiddlewareUrlNormalize</c>.</param>
    public ManifestBuilder Config(string sourceFile, string basePath = "", bool trailingSlash = false, bool skipTrailingSlashRedirect = false,
        bool skipMiddlewareUrlNormalize = false)
    {
        _config = new NextConfigRules
        {
            SourceFile = sourceFile,
            BasePath = basePath,
            TrailingSlash = trailingSlash,
            SkipTrailingSlashRedirect = skipTrailingSlashRedirect,
            SkipMiddlewareUrlNormalize = skipMiddlewareUrlNormalize,
        };
        return this;
    }

    /// <summary>Adds a <c>headers()</c> rule; <see cref="Set"/>, <see cref="Has"/> and <see cref="Missing"/> calls after it are its.</summary>
    /// <param name="source">The source as written, basePath included.</param>
    /// <param name="pattern">Its .NET pattern (path-to-regexp, strict).</param>
    /// <param name="paramNames">The name of each capture group of <paramref name="pattern"/>.</param>
    public ManifestBuilder ConfigHeader(string source, string pattern, string[] paramNames) =>
        AddRule(Config_.Headers, new ConfigRule(source, pattern, paramNames, null));

    /// <summary>Adds a header to the last <see cref="ConfigHeader"/>.</summary>
    /// <param name="key">The header name.</param>
    /// <param name="value">Its value; <c>:param</c> of the source are put in.</param>
    public ManifestBuilder Set(string key, string value)
    {
        (_lastRule ?? throw new InvalidOperationException("ConfigHeader(...) comes first.")).Headers.Add(new(key, value));
        return this;
    }

    /// <summary>Adds a <c>redirects()</c> rule.</summary>
    /// <param name="source">The source as written, basePath included.</param>
    /// <param name="pattern">Its .NET pattern (path-to-regexp, strict).</param>
    /// <param name="paramNames">The name of each capture group of <paramref name="pattern"/>.</param>
    /// <param name="destination">Where to, basePath included.</param>
    /// <param name="statusCode">307, 308 or the rule's <c>StatusCode</c>.</param>
    public ManifestBuilder ConfigRedirect(string source, string pattern, string[] paramNames, string destination, int statusCode) =>
        AddRule(Config_.Redirects, new ConfigRule(source, pattern, paramNames, destination) { StatusCode = statusCode });

    /// <summary>Adds a <c>rewrites()</c> rule.</summary>
    /// <param name="phase"><c>beforeFiles</c>, <c>afterFiles</c> or <c>fallback</c>.</param>
    /// <param name="source">The source as written, basePath included.</param>
    /// <param name="pattern">Its .NET pattern (path-to-regexp, strict).</param>
    /// <param name="paramNames">The name of each capture group of <paramref name="pattern"/>.</param>
    /// <param name="destination">What serves it, basePath included.</param>
    public ManifestBuilder ConfigRewrite(string phase, string source, string pattern, string[] paramNames, string destination) =>
        AddRule(phase switch
        {
            "beforeFiles" => Config_.BeforeFiles,
            "afterFiles" => Config_.AfterFiles,
            "fallback" => Config_.Fallback,
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "beforeFiles, afterFiles or fallback"),
        }, new ConfigRule(source, pattern, paramNames, destination));

    private ManifestBuilder AddRule(List<ConfigRule> rules, ConfigRule rule)
    {
        rules.Add(rule);
        _lastRule = rule;
        return this;
    }

    private NextConfigRules Config_ => _config ?? throw new InvalidOperationException("Config(...) comes first.");
}
