using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// Source-generated JSON for <see cref="UserAgent"/>: web defaults (camelCase) and relaxed escaping, so the text reads
/// as <c>Response.json(userAgent(request))</c> does (<c>+http://</c> stays <c>+</c>, not <c>\u002B</c>).
/// </summary>
[JsonSerializable(typeof(UserAgent))]
internal sealed partial class UserAgentJsonContext : JsonSerializerContext
{
    /// <summary>The instance behind <see cref="UserAgent.JsonTypeInfo"/> (the generated <c>Default</c> escapes more).</summary>
    public static UserAgentJsonContext Relaxed { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
