using System.Text.Json;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>Turns JSON into the plain value tree MatcherConfigReader reads; no validation happens here.</summary>
internal static class JsonTree
{
    public static object? From(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => e.EnumerateArray().Select(From).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value)),
        _ => e.GetRawText(), // numbers: kept as text so the reader sees "not a string"
    };

    /// <summary>The first "source" string anywhere in the value, or the value itself when it is a string.</summary>
    public static string? FirstSource(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Array => e.EnumerateArray().Select(FirstSource).FirstOrDefault(s => s != null),
        JsonValueKind.Object => e.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
        _ => null,
    };
}
