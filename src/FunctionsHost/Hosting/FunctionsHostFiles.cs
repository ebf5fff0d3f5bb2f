using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace Nextfunc.Hosting;

/// <summary>
/// Reads <c>host.json</c> and <c>local.settings.json</c> the way the Azure Functions host does:
/// <c>extensions.http.routePrefix</c> and <c>logging</c> from host.json; <c>Values</c> (configuration, ranked like
/// environment variables; the process environment is not changed) and <c>Host.LocalHttpPort</c> from local.settings.json.
/// </summary>
/// <example>
/// <code>
/// var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
/// var prefix = builder.Files.RoutePrefixFor(builder.Mode); // "api" unless host.json says otherwise
/// var port = builder.Files.LocalHttpPort;                  // Host.LocalHttpPort, 7071 by default
/// </code>
/// </example>
public sealed class FunctionsHostFiles
{
    private FunctionsHostFiles() { }

    /// <summary>The route prefix (host.json <c>extensions.http.routePrefix</c>); "" when absent, so URLs equal folder paths.</summary>
    public string RoutePrefix { get; private init; } = "";

    /// <summary>True when host.json sets <c>extensions.http.routePrefix</c> (to anything, "" included).</summary>
    public bool HasRoutePrefix { get; private init; }

    /// <summary>
    /// The prefix requests carry in <paramref name="mode"/>. Without a routePrefix in host.json the Functions
    /// host (and the worker behind it) serve every function under <c>/api</c>, so the worker does too;
    /// standalone and the custom handler (whose layout writes the prefix explicitly) serve folder paths.
    /// </summary>
    public string RoutePrefixFor(HostingMode mode) => mode == HostingMode.IsolatedWorker && !HasRoutePrefix ? "api" : RoutePrefix;

    /// <summary><c>Host.LocalHttpPort</c>, default 7071.</summary>
    public int LocalHttpPort { get; private init; } = 7071;

    /// <summary>Configuration keys from both files (<c>Values</c>, host.json logging levels).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private init; } = new Dictionary<string, string?>();

    /// <summary>Reads the files in <paramref name="directory"/>; a malformed file throws with its path and the JSON error.</summary>
    internal static FunctionsHostFiles Read(string directory)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var prefix = "";
        var hasPrefix = false;
        var port = 7071;

        if (Load(Path.Combine(directory, "host.json")) is { } host)
        {
            var declared = host["extensions"]?["http"]?["routePrefix"];
            hasPrefix = declared is not null;
            prefix = declared?.GetValue<string>()?.Trim('/') ?? "";
            if (host["logging"]?["logLevel"] is JsonObject levels)
                foreach (var (category, level) in levels)
                    settings[$"Logging:LogLevel:{(category.Equals("default", StringComparison.OrdinalIgnoreCase) ? "Default" : category)}"] = level?.ToString();
        }

        if (Load(Path.Combine(directory, "local.settings.json")) is { } local)
        {
            if (local["Values"] is JsonObject values)
                foreach (var (key, value) in values)
                    settings[key.Replace("__", ConfigurationPath.KeyDelimiter)] = value?.ToString();
            if (local["Host"]?["LocalHttpPort"] is { } p && int.TryParse(p.ToString(), out var parsed))
                port = parsed;
        }

        return new FunctionsHostFiles { RoutePrefix = prefix, HasRoutePrefix = hasPrefix, LocalHttpPort = port, Settings = settings };
    }

    private static JsonNode? Load(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path} is not valid JSON (line {e.LineNumber + 1}): {e.Message} Fix the file or delete it to use the defaults.", e);
        }
    }
}
