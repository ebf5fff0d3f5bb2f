using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Nextfunc.Settings;

/// <summary>
/// Binds <see cref="NextfuncOptions"/> from the <c>Nextfunc</c> section with the configuration binding source
/// generator (no reflection, so Native AOT keeps working). A value that does not convert ("10MB" for a number)
/// becomes the same kind of start error as a value out of range, naming the setting and what it allows. A key
/// that is no setting (a typo such as <c>Nextfunc__Cache__StoreTimeout</c>) is logged as a warning, not ignored silently.
/// </summary>
internal sealed class NextfuncOptionsBinding(IConfiguration configuration, ILogger<NextfuncOptionsBinding> logger) : IConfigureOptions<NextfuncOptions>
{
    public void Configure(NextfuncOptions options)
    {
        var section = configuration.GetSection(NextfuncOptions.SectionName);
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e) when (UnconvertibleSetting(e) is { } rule)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(NextfuncOptions), [rule.Problem(configuration[rule.Key])]);
        }

        // An environment variable or a local.settings.json value is one string: "api.example.com, localhost:3001".
        options.Rewrites.AllowedHosts = List(options.Rewrites.AllowedHosts, SettingRules.RewritesAllowedHosts, StringComparer.OrdinalIgnoreCase);
        options.Keys.Function = List(options.Keys.Function, SettingRules.KeysFunction, StringComparer.Ordinal);
        options.Keys.Admin = List(options.Keys.Admin, SettingRules.KeysAdmin, StringComparer.Ordinal);
        WarnAboutUnknownKeys(section);
    }

    // A list setting bound from list items (Key:0, Key:1) and from one comma-separated value, without repeats.
    private List<string> List(IList<string> bound, SettingRule rule, StringComparer comparer) =>
        bound.Append(configuration[rule.Key] ?? "")
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(comparer).ToList();

    private void WarnAboutUnknownKeys(IConfigurationSection section)
    {
        foreach (var (key, value) in section.AsEnumerable())
        {
            // Sections themselves have no value; list items (AllowedHosts:0) belong to their setting.
            if (value is null || SettingRules.All.Any(r => key.Equals(r.Key, StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith(r.Key + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase)))
                continue;
            var parent = ConfigurationPath.GetParentPath(key);
            var siblings = SettingRules.All.Where(r => ConfigurationPath.GetParentPath(r.Key)!.Equals(parent, StringComparison.OrdinalIgnoreCase)).Select(r => r.Key);
            SettingsLog.UnknownSetting(logger, key, siblings.Any() ? string.Join(", ", siblings) : string.Join(", ", SettingRules.All.Select(r => r.Key)));
        }
    }

    /// <summary>The binder names the key it could not convert ("… at 'Nextfunc:Cache:LockSeconds' to type …").</summary>
    private static SettingRule? UnconvertibleSetting(InvalidOperationException e) =>
        e.InnerException is null ? null : SettingRules.All.FirstOrDefault(r => e.Message.Contains($"'{r.Key}'", StringComparison.OrdinalIgnoreCase));
}
