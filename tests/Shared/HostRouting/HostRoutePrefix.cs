using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nextfunc.Tests.Shared.HostRouting;

/// <summary>
/// host.json's <c>extensions.http.routePrefix</c>, read the way both the host and the worker's ASP.NET Core
/// integration read it: from the app folder's host.json only (an app setting override makes them disagree,
/// dotnet-worker #3009), and <c>"api"</c> when host.json or the setting is absent.
/// </summary>
public static class HostRoutePrefix
{
    /// <summary>The prefix when host.json does not set one.</summary>
    public const string Default = "api";

    /// <summary>Reads <c>host.json</c> in <paramref name="appDirectory"/>.</summary>
    public static string Read(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (!File.Exists(path))
            return Default;
        // host.json is JSON with comments and trailing commas tolerated (the host parses it leniently too).
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var json = JsonNode.Parse(File.ReadAllText(path), documentOptions: options);
        return json?["extensions"]?["http"]?["routePrefix"] is JsonValue value && value.TryGetValue<string>(out var prefix)
            ? prefix
            : Default;
    }
}
