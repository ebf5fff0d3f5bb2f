using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request).engine</c>: the layout engine (<c>Blink</c>, <c>WebKit</c>, <c>Gecko</c>, <c>Trident</c>,
/// <c>EdgeHTML</c>). Unknown members are null and left out of the JSON.
/// </summary>
/// <example>
/// <code>
/// if (UserAgent.From(request).Engine.Name == "WebKit") { /* every iOS browser */ }
/// </code>
/// </example>
public sealed record UserAgentEngine
{
    /// <summary>The engine's name, e.g. <c>Blink</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The engine's version, e.g. <c>605.1.15</c> for WebKit or Chrome's version for Blink.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }
}
