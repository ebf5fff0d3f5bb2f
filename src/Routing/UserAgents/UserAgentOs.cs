using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request).os</c>: the operating system (<c>Windows</c>, <c>Mac OS</c>, <c>iOS</c>, <c>Android</c>,
/// <c>Linux</c>, <c>Chromium OS</c>, ...). The version is as ua-parser-js gives it: <c>10</c> for Windows NT 10.0,
/// <c>10.15.7</c> for <c>Mac OS X 10_15_7</c>, and for Linux the word after it (<c>x86_64</c>). Unknown members are
/// null and left out of the JSON.
/// </summary>
/// <example>
/// <code>
/// var os = UserAgent.From(request).Os;
/// var download = os.Name switch { "Windows" => "setup.exe", "Mac OS" => "app.dmg", _ => "app.tar.gz" };
/// </code>
/// </example>
public sealed record UserAgentOs
{
    /// <summary>The system's name, e.g. <c>Windows</c>, <c>Mac OS</c>, <c>iOS</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The system's version, e.g. <c>10</c>, <c>17.5</c>, <c>14</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }
}
