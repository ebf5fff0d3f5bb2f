using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request).cpu</c>: the architecture when the User-Agent says it (<c>amd64</c>, <c>ia32</c>,
/// <c>arm64</c>, <c>armhf</c>, <c>arm</c>, ...). Most mobile and Mac browsers do not, so it is often null.
/// </summary>
/// <example>
/// <code>
/// var arm = UserAgent.From(request).Cpu.Architecture is "arm64" or "armhf" or "arm";
/// </code>
/// </example>
public sealed record UserAgentCpu
{
    /// <summary>The architecture, e.g. <c>amd64</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Architecture { get; init; }
}
