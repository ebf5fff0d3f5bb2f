using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Nextfunc.FunctionApp;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Settings;

namespace Nextfunc.OpenApi;

/// <summary>
/// The app's OpenAPI document, as the generator wrote it from the route files, with the route prefix and basePath as
/// its server URL: served at <c>/openapi.json</c> under them (the only paths that reach the app under the Functions
/// host) when <c>Nextfunc:OpenApi:Enabled</c> is true and no route claims that path, and printed
/// by the <c>openapi</c> command. What <c>next.config.cs</c> adds is listed under <c>x-next-config</c>: its redirects and
/// rewrites, one row each, and the headers its rules set; what the settings add (info, security schemes) is applied last.
/// </summary>
internal sealed class OpenApiDocumentEndpoint(FunctionAppManifest manifest, RoutePrefix prefix, IOptions<NextfuncOptions> options)
{
    /// <summary>The path, relative to the route prefix.</summary>
    public const string Path = "/openapi.json";

    private readonly string _path = (manifest.Config?.BasePath ?? "") + Path;

    private readonly Lazy<byte[]?> _document = new(() => Document(manifest, prefix, options.Value.OpenApi) is { } json ? Encoding.UTF8.GetBytes(json) : null);

    /// <summary>Whether <see cref="Path"/> is served (<c>Nextfunc:OpenApi:Enabled</c>).</summary>
    public bool Enabled => options.Value.OpenApi.Enabled;

    /// <summary>The document's URL as a browser on this process asks for it: route prefix, basePath, <see cref="Path"/>.</summary>
    public string Url => UrlOf(Path);

    /// <summary>A path of the app's own (<c>/scalar</c>) as a browser asks for it: under the route prefix and basePath.</summary>
    public string UrlOf(string path) => prefix.Value + _path[..^Path.Length] + path;

    /// <summary>Whether the generator wrote a document (a manifest built by hand has none).</summary>
    public bool HasDocument => manifest.OpenApiDocument is not null;

    /// <summary>The document; null when the manifest has none (built by hand, not by the generator).</summary>
    public string? Json => _document.Value is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Answers a GET or HEAD of <see cref="Path"/> when enabled; false when the request is not for it.</summary>
    public async ValueTask<bool> TryServeAsync(HttpContext context, string routedPath)
    {
        if (routedPath != _path || !Enabled || _document.Value is not { } body) return false;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        return true;
    }

    // The generator cannot know host.json's routePrefix; clients resolve the paths against this server URL.
    private static string? Document(FunctionAppManifest manifest, RoutePrefix prefix, NextfuncOpenApiOptions settings)
    {
        var server = prefix.Value + (manifest.Config?.BasePath ?? "");
        if (manifest.OpenApiDocument is not { } json || (server.Length == 0 && manifest.Config is null && !OpenApiSettingsWriter.Changes(settings)))
            return manifest.OpenApiDocument;
        var document = JsonNode.Parse(json)!.AsObject();
        if (server.Length > 0)
            document.Insert(2, "servers", new JsonArray(new JsonObject { ["url"] = server }));
        if (manifest.Config is { } config)
            document["x-next-config"] = ConfigRows(config);
        if (manifest.Config is { TrailingSlash: true } && document["paths"] is JsonObject paths)
        {
            // trailingSlash: the URLs that answer end in "/" (the others are redirected there).
            foreach (var (path, item) in paths.ToList())
            {
                if (path.EndsWith('/')) continue;
                paths.Remove(path);
                paths[path + "/"] = item;
            }
        }
        OpenApiSettingsWriter.Apply(document, settings);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            document.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Rules' sources and destinations as written (basePath included): a reader sees which URLs answer without a route.
    private static JsonObject ConfigRows(Nextfunc.Routing.Config.NextConfigRules config)
    {
        static JsonArray Rows(IEnumerable<Nextfunc.Routing.Config.ConfigRule> rules, string? phase = null) => new([.. rules.Select(r =>
        {
            var row = new JsonObject { ["source"] = r.Source };
            if (r.Destination is { } destination) row["destination"] = destination.Text;
            if (r.StatusCode != 0) row["statusCode"] = r.StatusCode;
            if (phase is not null) row["phase"] = phase;
            if (r.Headers.Count > 0) row["headers"] = new JsonArray([.. r.Headers.Select(h => (JsonNode?)JsonValue.Create(h.Key))]);
            return (JsonNode?)row;
        })]);
        var rewrites = Rows(config.BeforeFiles, "beforeFiles");
        foreach (var row in Rows(config.AfterFiles, "afterFiles").Concat(Rows(config.Fallback, "fallback")).ToList())
            rewrites.Add(row!.DeepClone());
        return new JsonObject
        {
            ["basePath"] = config.BasePath,
            ["trailingSlash"] = config.TrailingSlash,
            ["redirects"] = Rows(config.Redirects),
            ["rewrites"] = rewrites,
            ["headers"] = Rows(config.Headers),
        };
    }
}
