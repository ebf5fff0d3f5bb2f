using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request).device</c>: vendor, model and type (<c>mobile</c>, <c>tablet</c>, <c>smarttv</c>,
/// <c>console</c>, <c>wearable</c>, <c>embedded</c>). A desktop browser has no type, so a null
/// <see cref="Type"/> means "not known to be a device", as in Next.js. Unknown members are null and left out of the JSON.
/// </summary>
/// <example>
/// <code>
/// var viewport = UserAgent.From(request).Device.Type == "mobile" ? "mobile" : "desktop";
/// </code>
/// </example>
public sealed record UserAgentDevice
{
    /// <summary>The maker, e.g. <c>Apple</c>, <c>Samsung</c>, <c>Google</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Vendor { get; init; }

    /// <summary>The model as the User-Agent names it, e.g. <c>iPhone</c>, <c>SM-S918B</c>, <c>Pixel 8</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }

    /// <summary><c>mobile</c>, <c>tablet</c>, <c>smarttv</c>, <c>console</c>, <c>wearable</c> or <c>embedded</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }
}
