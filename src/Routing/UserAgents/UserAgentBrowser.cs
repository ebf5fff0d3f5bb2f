using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request).browser</c>: the browser's name and version as ua-parser-js 1.x names them
/// (<c>Chrome</c>, <c>Mobile Safari</c>, <c>Edge</c>, <c>Samsung Browser</c>, ...). A member the User-Agent does not
/// tell is null and left out of the JSON, so an unknown browser serialises as <c>{}</c>.
/// </summary>
/// <example>
/// <code>
/// var browser = UserAgent.From(request).Browser;
/// var oldSafari = browser.Name is "Safari" or "Mobile Safari" &amp;&amp; int.TryParse(browser.Major, out var v) &amp;&amp; v &lt; 16;
/// </code>
/// </example>
public sealed record UserAgentBrowser
{
    /// <summary>The browser's name, e.g. <c>Chrome</c>, <c>Firefox</c>, <c>Mobile Safari</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The full version as the User-Agent writes it, e.g. <c>131.0.0.0</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>The version's digits and dots up to the first dot, e.g. <c>131</c>; null when there is no version.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Major { get; init; }
}
