using Microsoft.Extensions.Logging;

namespace Nextfunc.Settings;

/// <summary>Log lines about the app's settings (event ids 42xx).</summary>
internal static partial class SettingsLog
{
    [LoggerMessage(4201, LogLevel.Warning, "{Setting} is not a setting of this app and is ignored. Check its spelling: the settings beside it are {Known} (docs/settings.md lists them all).")]
    public static partial void UnknownSetting(ILogger logger, string setting, string known);
}
