using System.Collections.Generic;
using System.Linq;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>
/// Writes the app's OpenAPI 3.1 document from the app model: one path per route file (<c>[id]</c> → <c>{id}</c>; an
/// optional catch-all gives the path with and without its parameter), one operation per exported verb, typed
/// segments as parameter schemas, request bodies and responses as <see cref="OperationReader"/> found them.
/// </summary>
internal static class OpenApiDocumentWriter
{
    private const string FunctionKey = "functionKey";

    /// <summary>The document; <paramref name="version"/> (the app's assembly version) is its <c>info.version</c>.</summary>
    public static string Write(AppModel app, string version)
    {
        var paths = new List<string>();
        var signatures = new HashSet<string>();
        var unlisted = new List<string>();
        foreach (var route in app.Routes)
        {
            foreach (var (path, withTail) in Paths(route))
            {
                // OpenAPI treats /a/{id} and /a/{rest} as one path: the later (lower precedence) route cannot be listed.
                if (!signatures.Add(System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]*\\}", "{}")))
                {
                    unlisted.Add(route.PatternText);
                    continue;
                }
                paths.Add(JsonText.Quote(path) + ":" + PathItem(route, withTail));
            }
        }

        var schemas = app.Routes.SelectMany(r => r.Class.Schemas)
            .GroupBy(s => s.Name).Select(g => g.First()).OrderBy(s => s.Name, System.StringComparer.Ordinal)
            .Select(s => JsonText.Quote(s.Name) + ":" + s.Json);
        var components = new List<string> { "\"schemas\":{" + string.Join(",", schemas) + "}" };
        if (app.Routes.Any(Keyed))
            components.Add("\"securitySchemes\":{\"" + FunctionKey + "\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"x-functions-key\"," +
                           "\"description\":\"An Azure Functions key; required under the Functions host for routes with AuthLevel function or admin.\"}}");

        var description = "Generated at build time from the app/**/route.cs files." + (unlisted.Count == 0 ? "" :
            " Not listed, because OpenAPI cannot tell their paths from a listed one: " + string.Join(", ", unlisted.Distinct()) + ".");
        var info = "{\"title\":" + JsonText.Quote(app.Namespace) + ",\"version\":" + JsonText.Quote(version) + ",\"description\":" + JsonText.Quote(description) + "}";
        return JsonIndenter.Indent("{\"openapi\":\"3.1.1\",\"info\":" + info + ",\"paths\":{" + string.Join(",", paths) + "},\"components\":{" + string.Join(",", components) + "}}");
    }

    private static IEnumerable<(string Path, bool WithTail)> Paths(RouteModel route)
    {
        var parts = route.Segments.Select(s => s.Kind == "Static" ? s.Value : "{" + s.Value + "}").ToList();
        if (route.Segments.LastOrDefault()?.Kind == "OptionalCatchAll")
            yield return ("/" + string.Join("/", parts.Take(parts.Count - 1)), false);
        yield return ("/" + string.Join("/", parts), true);
    }

    private static string PathItem(RouteModel route, bool withTail)
    {
        var members = new List<string>();
        if (route.Class.Summary is { } summary) members.Add("\"description\":" + JsonText.Quote(summary));
        var parameters = route.Segments.Where(s => s.Kind != "Static" && (withTail || s.Kind != "OptionalCatchAll")).Select(s => Parameter(route, s)).ToList();
        if (parameters.Count > 0) members.Add("\"parameters\":[" + string.Join(",", parameters) + "]");
        members.AddRange(route.Handlers.Select(h => JsonText.Quote(h.Verb.ToLowerInvariant()) + ":" + Operation(route, h, withTail)));
        return "{" + string.Join(",", members) + "}";
    }

    private static string Parameter(RouteModel route, SegmentModel segment)
    {
        var typed = route.Constraints.FirstOrDefault(c => c.Name == segment.Value);
        var description = segment.Kind switch
        {
            "Dynamic" => typed is null ? null : $"Type {typed.TypeName}: a value that does not convert is a 404.",
            _ => $"[{(segment.Kind == "CatchAll" ? "" : "[")}...{segment.Value}]{(segment.Kind == "CatchAll" ? "" : "]")}: one or more path segments separated by '/', each percent-encoded.",
        };
        return "{\"name\":" + JsonText.Quote(segment.Value) + ",\"in\":\"path\",\"required\":true" +
               (description is null ? "" : ",\"description\":" + JsonText.Quote(description)) +
               ",\"schema\":" + (typed?.Schema ?? "{\"type\":\"string\"}") + "}";
    }

    private static string Operation(RouteModel route, HandlerModel handler, bool withTail)
    {
        // The function name; an optional catch-all's path without its segments needs an id of its own.
        var id = route.FunctionBaseName + "_" + handler.Verb + (withTail ? "" : "_empty");
        var operation = handler.Operation;
        var members = new List<string> { "\"operationId\":" + JsonText.Quote(id) };
        if (operation.Summary is { } summary) members.Add("\"summary\":" + JsonText.Quote(summary));
        if (operation.Query.Count > 0) members.Add("\"parameters\":[" + string.Join(",", operation.Query.Select(QueryParameter)) + "]");
        if (operation.RequestBody is { } body) members.Add("\"requestBody\":{\"required\":true,\"content\":" + Content(body) + "}");
        members.Add("\"responses\":" + Responses(route, operation));
        if (Keyed(route)) members.Add("\"security\":[{\"" + FunctionKey + "\":[]}]");
        return "{" + string.Join(",", members) + "}";
    }

    // A query parameter is never required: the handler read it, the build cannot tell whether it insists on it.
    private static string QueryParameter(QueryParameterModel query) =>
        "{\"name\":" + JsonText.Quote(query.Name) + ",\"in\":\"query\",\"required\":false,\"schema\":" +
        (query.Repeated ? "{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"explode\":true" : "{\"type\":\"string\"}") + "}";

    private static string Responses(RouteModel route, OperationModel operation)
    {
        var responses = operation.Responses.ToList();
        if (route.Kind != "Route")
            responses.Add(new ResponseModel(200, new ContentModel(route.Kind == "Sitemap" ? "application/xml" : "text/plain", "{\"type\":\"string\"}")));
        if (route.Constraints.Count > 0 && responses.All(r => r.Status != 404))
            responses.Add(new ResponseModel(404, null));
        if (responses.Count == 0)
            return "{\"default\":{\"description\":\"The handler's response (the build could not tell its status).\"}}";
        return "{" + string.Join(",", responses.OrderBy(r => r.Status == 0 ? int.MaxValue : r.Status).Select(r =>
            JsonText.Quote(r.Status == 0 ? "default" : r.Status.ToString()) + ":{\"description\":" + JsonText.Quote(Reason(r.Status)) +
            (r.Content is { } content ? ",\"content\":" + Content(content) : "") + "}")) + "}";
    }

    private static string Content(ContentModel content) =>
        "{" + JsonText.Quote(content.MediaType) + ":" + (content.Schema is null ? "{}" : "{\"schema\":" + content.Schema + "}") + "}";

    private static bool Keyed(RouteModel route) => route.Class.AuthLevel is "function" or "admin";

    private static string Reason(int status) => status switch
    {
        0 => "A status the build could not tell",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status " + status,
    };
}
