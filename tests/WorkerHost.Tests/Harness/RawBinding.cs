using System.Text.Json.Nodes;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// One entry of a function's <c>raw_bindings</c>: the JSON the worker reports for each binding (the same shape
/// as a function.json binding). The host reads type, direction and dataType from it to build the
/// <see cref="BindingInfo"/> of the FunctionLoadRequest, and route / methods / authLevel of an httpTrigger
/// to build its HTTP route. Property names are matched case-insensitively, as the host does.
/// </summary>
/// <param name="Name">The binding name, e.g. <c>req</c> or <c>$return</c>.</param>
/// <param name="Type">The binding type, e.g. <c>httpTrigger</c> or <c>http</c>.</param>
/// <param name="Direction">in, out or inout (the SDK writes <c>In</c> / <c>Out</c>).</param>
/// <param name="DataType">The declared data type, or undefined.</param>
/// <param name="Route">An httpTrigger's route, or null.</param>
/// <param name="Methods">An httpTrigger's methods, or null when it allows all.</param>
/// <param name="AuthLevel">An httpTrigger's auth level, or null.</param>
public sealed record RawBinding(string Name, string Type, BindingInfo.Types.Direction Direction, BindingInfo.Types.DataType DataType,
    string? Route, IReadOnlyList<string>? Methods, string? AuthLevel)
{
    /// <summary>True for the binding that makes a function an HTTP function.</summary>
    public bool IsHttpTrigger => string.Equals(Type, "httpTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses one raw binding (throws on JSON that is not an object with a type).</summary>
    public static RawBinding Parse(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new FormatException($"A raw binding is not a JSON object: {json}");
        var type = Text(node, "type") ?? throw new FormatException($"A raw binding has no type: {json}");
        var methods = Property(node, "methods") is JsonArray array ? array.Select(m => (string)m!).ToList() : null;
        return new RawBinding(Text(node, "name") ?? "", type,
            Enum.TryParse<BindingInfo.Types.Direction>(Text(node, "direction"), ignoreCase: true, out var direction) ? direction : BindingInfo.Types.Direction.In,
            Enum.TryParse<BindingInfo.Types.DataType>(Text(node, "dataType"), ignoreCase: true, out var dataType) ? dataType : BindingInfo.Types.DataType.Undefined,
            Text(node, "route"), methods is { Count: > 0 } ? methods : null, Text(node, "authLevel"));
    }

    /// <summary>What the host puts in FunctionLoadRequest.metadata.bindings: type, direction and data type only.</summary>
    public BindingInfo ToBindingInfo() => new() { Type = Type, Direction = Direction, DataType = DataType };

    private static JsonNode? Property(JsonObject node, string name) =>
        node.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject node, string name) =>
        Property(node, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
