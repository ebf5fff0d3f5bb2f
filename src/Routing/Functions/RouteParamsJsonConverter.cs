using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nextfunc.Routing.Functions;

/// <summary>
/// Writes params the way Next.js serialises them: <c>{"id":"42","slug":["a","b"]}</c>. Public only because the
/// <c>[JsonConverter]</c> on <see cref="RouteParams"/> names it, and source-generated JSON contexts in an app create it.
/// </summary>
/// <example>
/// <code>
/// // applied to RouteParams by its [JsonConverter] attribute: serialising params needs no setup
/// string json = JsonSerializer.Serialize(context.Params); // {"id":"42"}
/// </code>
/// </example>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class RouteParamsJsonConverter : JsonConverter<RouteParams>
{
    /// <inheritdoc />
    public override RouteParams Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Route params are produced by the router; they are not read from JSON.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RouteParams value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, values) in value)
        {
            if (value.IsList(name))
            {
                writer.WriteStartArray(name);
                foreach (var v in values) writer.WriteStringValue(v);
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteString(name, values[0]);
            }
        }
        writer.WriteEndObject();
    }
}
