using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nextfunc.FunctionApp;

/// <summary>
/// The Function App's host.json: the app's own host.json (logging, timeouts, ...) with the keys a Nextfunc
/// app cannot work without laid over it: <c>version</c>, <c>customHandler</c> (how to start us, YARP
/// proxying on) and an empty <c>extensions.http.routePrefix</c>.
/// </summary>
/// <example>
/// <code>
/// var hostJson = HostJsonBuilder.Build(JsonNode.Parse(File.ReadAllText("host.json")) as JsonObject,
///     new HandlerExecutable("dotnet", ["SampleApp.dll"]), warning => Console.Error.WriteLine(warning));
/// </code>
/// </example>
internal static class HostJsonBuilder
{
    /// <summary>Merges; <paramref name="warn"/> hears about user settings that had to be replaced.</summary>
    public static JsonObject Build(JsonObject? userHostJson, HandlerExecutable executable, Action<string>? warn = null)
    {
        var result = userHostJson?.DeepClone().AsObject() ?? new JsonObject();

        // A routePrefix is kept: the host prepends it to every function route and our process strips it
        // again (RoutePrefix), so both serve the same URLs.
        var prefix = result["extensions"]?["http"]?["routePrefix"];
        if (prefix is not null && prefix.GetValueKind() != JsonValueKind.String)
            throw new FunctionAppLayoutException(
                $"host.json sets extensions.http.routePrefix to {prefix.ToJsonString()}; it must be a string such as \"\" (URLs equal the app/ folder paths) or \"api\".");

        var description = new JsonObject { ["defaultExecutablePath"] = executable.Path };
        if (executable.Arguments.Count > 0)
            description["arguments"] = new JsonArray(executable.Arguments.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());

        Set(result, ["version"], "2.0", warn);
        if (result["customHandler"] is JsonObject existing && existing["description"] is not null)
            warn?.Invoke("host.json: customHandler.description is generated from the published files; the app's own value was replaced.");
        Set(result, ["customHandler", "description"], description, null);
        Set(result, ["customHandler", "enableProxyingHttpRequest"], true, warn);
        if (prefix is null) Set(result, ["extensions", "http", "routePrefix"], "", warn);
        return result;
    }

    /// <summary>Serialises a JSON document the way every file of the layout is written: indented, "\n" line ends.</summary>
    public static string Format(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            node.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Set(JsonObject root, string[] path, JsonNode? value, Action<string>? warn)
    {
        var parent = root;
        foreach (var key in path[..^1])
        {
            if (parent[key] is not JsonObject child)
            {
                if (parent[key] is not null)
                    warn?.Invoke($"host.json: '{key}' must be an object; the app's value was replaced.");
                child = new JsonObject();
                parent[key] = child;
            }
            parent = child;
        }
        var last = path[^1];
        if (parent[last] is { } old && !JsonNode.DeepEquals(old, value))
            warn?.Invoke($"host.json: {string.Join('.', path)} must be {value?.ToJsonString()}; the app's value {old.ToJsonString()} was replaced.");
        parent[last] = value;
    }
}
