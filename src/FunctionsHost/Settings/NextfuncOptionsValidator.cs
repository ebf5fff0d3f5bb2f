using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Nextfunc.Settings;

/// <summary>
/// Checks the bound <see cref="NextfuncOptions"/> when the app starts (and on first use outside a host), so a bad
/// value stops the start with what was wrong and how to fix it instead of being ignored or failing a request later.
/// </summary>
internal sealed partial class NextfuncOptionsValidator : IValidateOptions<NextfuncOptions>
{
    public ValidateOptionsResult Validate(string? name, NextfuncOptions options)
    {
        var problems = new List<string>();
        if (options.MaxRequestBodySize is <= 0)
            problems.Add(SettingRules.MaxRequestBodySize.Problem(options.MaxRequestBodySize));

        var cache = options.Cache;
        if (!Enum.IsDefined(cache.Store))
            problems.Add(SettingRules.CacheStore.Problem(cache.Store));
        if (!ContainerName().IsMatch(cache.Container ?? ""))
            problems.Add(SettingRules.CacheContainer.Problem(cache.Container));
        if (cache.MemoryLimitMB is < 0 or > 65536 || (cache.MemoryLimitMB == 0 && cache.Store == CacheStoreKind.Memory))
            problems.Add(SettingRules.CacheMemoryLimitMB.Problem(cache.MemoryLimitMB));
        Seconds(problems, SettingRules.CacheStoreTimeoutSeconds, cache.StoreTimeoutSeconds, allowZero: false);
        Seconds(problems, SettingRules.CacheFailureCooldownSeconds, cache.FailureCooldownSeconds, allowZero: true);
        Seconds(problems, SettingRules.CacheLockSeconds, cache.LockSeconds, allowZero: false);
        Seconds(problems, SettingRules.CacheLockWaitSeconds, cache.LockWaitSeconds, allowZero: true);
        Seconds(problems, SettingRules.CacheTagCheckIntervalSeconds, cache.TagCheckIntervalSeconds, allowZero: true);
        Seconds(problems, SettingRules.CacheRevalidationSpreadSeconds, cache.RevalidationSpreadSeconds, allowZero: true);
        if (cache.EntryCopies is < 1 or > 16)
            problems.Add(SettingRules.CacheEntryCopies.Problem(cache.EntryCopies));

        foreach (var host in options.Rewrites.AllowedHosts ?? [])
            if (!IsHostOrHostAndPort(host))
                problems.Add(SettingRules.RewritesAllowedHosts.Problem(host));

        var openApi = options.OpenApi;
        var page = openApi.ApiReferencePath;
        if (page is null || (page.Length > 0 && (page[0] != '/' || page.Contains('?') || page.Contains('#'))))
            problems.Add(SettingRules.OpenApiApiReferencePath.Problem(page));
        foreach (var (schemeName, scheme) in openApi.SecuritySchemes)
            if (SecuritySchemeProblem(scheme) is { } problem)
                problems.Add($"{SettingRules.OpenApiSecuritySchemes.Key}:{schemeName} {problem}. Allowed: {SettingRules.OpenApiSecuritySchemes.Allowed}. " +
                             $"Fix Nextfunc__OpenApi__SecuritySchemes__{schemeName}__* in local.settings.json Values, the app settings or Program.cs, or remove the scheme.");

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static string? SecuritySchemeProblem(OpenApiSecuritySchemeOptions scheme) => scheme.Type switch
    {
        "http" when scheme.Scheme is not (null or "bearer" or "basic") => $"has Scheme '{scheme.Scheme}', but an http scheme is bearer or basic",
        "apiKey" when string.IsNullOrEmpty(scheme.Name) => "is an apiKey scheme without a Name (the header, query parameter or cookie it is sent in)",
        "apiKey" when scheme.In is not (null or "header" or "query" or "cookie") => $"has In '{scheme.In}', but an apiKey is sent in a header, query or cookie",
        "openIdConnect" when !Uri.IsWellFormedUriString(scheme.OpenIdConnectUrl, UriKind.Absolute) => "is an openIdConnect scheme without an absolute OpenIdConnectUrl",
        "http" or "apiKey" or "openIdConnect" or "mutualTLS" => null,
        _ => $"has Type '{scheme.Type}', which the document cannot describe",
    };

    private static void Seconds(List<string> problems, SettingRule rule, double value, bool allowZero)
    {
        // NaN fails both comparisons, so it is refused too ("NaN" and "Infinity" parse as doubles).
        if (!(value >= 0 && value <= SettingRules.MaxSeconds && (allowZero || value > 0)))
            problems.Add(rule.Problem(value));
    }

    private static bool IsHostOrHostAndPort(string entry)
    {
        // What RewriteProxy compares with a target's Host or Authority: "host", "host:port", "[::1]:8080".
        var colon = entry.LastIndexOf(':');
        var (host, port) = colon > entry.LastIndexOf(']') ? (entry[..colon], entry[(colon + 1)..]) : (entry, null);
        var hostOk = Uri.CheckHostName(host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host) != UriHostNameType.Unknown;
        return hostOk && (port is null || int.TryParse(port, System.Globalization.NumberStyles.None, null, out var p) && p is > 0 and <= 65535);
    }

    // Azure's rule for container names (https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata).
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$")]
    private static partial Regex ContainerName();
}
