using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Nextfunc.Settings;

/// <summary>
/// One setting: its configuration key and what it allows. The same text is the start error for a bad value
/// and the "Allowed" column of docs/settings.md (a test keeps the two equal).
/// </summary>
/// <example>
/// <c>new SettingRule("Nextfunc:Cache:LockSeconds", "a number of seconds above 0, at most 86400", "30").Problem("-1")</c>
/// says "Nextfunc:Cache:LockSeconds is '-1', but it must be …".
/// </example>
internal sealed record SettingRule(string Key, string Allowed, string Example)
{
    /// <summary>The key as an environment variable or local.settings.json <c>Values</c> name (<c>__</c> for <c>:</c>).</summary>
    public string EnvironmentVariable => Key.Replace(ConfigurationPath.KeyDelimiter, "__");

    /// <summary>What was wrong (the setting and its value), what is allowed and how to fix it.</summary>
    public string Problem(object? value) =>
        $"{Key} is '{Convert.ToString(value, CultureInfo.InvariantCulture)}', but it must be {Allowed}. Set {EnvironmentVariable} " +
        $"in local.settings.json Values, the environment or the app settings (for example {EnvironmentVariable}={Example}), " +
        "or remove it to use the default.";
}
