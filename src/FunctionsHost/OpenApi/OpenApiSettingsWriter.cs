using System.Text.Json.Nodes;
using Nextfunc.Settings;

namespace Nextfunc.OpenApi;

/// <summary>
/// What <c>Nextfunc:OpenApi:*</c> adds to the build-time document: <c>info</c> (title, version, description) and the
/// security schemes, each required by the operations under its paths beside the function key the build found.
/// </summary>
internal static class OpenApiSettingsWriter
{
    private static readonly string[] Verbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static bool Changes(NextfuncOpenApiOptions options) =>
        options.Title is not null || options.Version is not null || options.Description is not null || options.SecuritySchemes.Count > 0;

    public static void Apply(JsonObject document, NextfuncOpenApiOptions options)
    {
        if (document["info"] is JsonObject info)
        {
            if (options.Title is { } title) info["title"] = title;
            if (options.Version is { } version) info["version"] = version;
            if (options.Description is { } description) info["description"] = description;
        }
        if (options.SecuritySchemes.Count == 0) return;

        var components = document["components"] as JsonObject ?? (JsonObject)(document["components"] = new JsonObject());
        var schemes = components["securitySchemes"] as JsonObject ?? (JsonObject)(components["securitySchemes"] = new JsonObject());
        foreach (var (name, scheme) in options.SecuritySchemes)
            schemes[name] = Scheme(scheme);

        if (document["paths"] is not JsonObject paths) return;
        foreach (var (path, item) in paths)
        {
            if (item is not JsonObject operations) continue;
            var required = options.SecuritySchemes.Where(s => Covers(s.Value.Paths, path)).Select(s => s.Key).ToList();
            if (required.Count == 0) continue;
            foreach (var verb in Verbs)
            {
                if (operations[verb] is not JsonObject operation) continue;
                // The function key (checked by the host) and one of the schemes (checked by the app): one requirement
                // object per scheme, each with the key's requirement when the route has one.
                var keyed = (operation["security"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
                var security = new JsonArray();
                foreach (var name in required)
                {
                    var requirement = keyed?.DeepClone().AsObject() ?? new JsonObject();
                    requirement[name] = new JsonArray();
                    security.Add((JsonNode)requirement);
                }
                operation["security"] = security;
            }
        }
    }

    private static bool Covers(List<string> prefixes, string path) =>
        prefixes.Count == 0 || prefixes.Any(p =>
        {
            var prefix = p.TrimEnd('/');
            return prefix.Length == 0 || path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
        });

    private static JsonObject Scheme(OpenApiSecuritySchemeOptions scheme)
    {
        var json = new JsonObject { ["type"] = scheme.Type };
        switch (scheme.Type)
        {
            case "http":
                json["scheme"] = scheme.Scheme ?? "bearer";
                if (scheme.BearerFormat is { } format) json["bearerFormat"] = format;
                break;
            case "apiKey":
                json["name"] = scheme.Name; // NextfuncOptionsValidator refused a scheme without one at start
                json["in"] = scheme.In ?? "header";
                break;
            case "openIdConnect":
                json["openIdConnectUrl"] = scheme.OpenIdConnectUrl;
                break;
        }
        if (scheme.Description is { } description) json["description"] = description;
        return json;
    }
}
