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
/// The app's OpenAPI document, as the generator wrote it from the route files, with the route prefix as its
/// server URL: served at <c>/openapi.json</c> under the prefix (the only paths that reach the app under the
/// Functions host) when <c>Nextfunc:OpenApi:Enabled</c> is true and no route claims that path, and printed
/// by the <c>openapi</c> command.
/// </summary>
internal sealed class OpenApiDocumentEndpoint(FunctionAppManifest manifest, RoutePrefix prefix, IOptions<NextfuncOptions> options)
{
    /// <summary>The path, relative to the route prefix.</summary>
    public const string Path = "/openapi.json";

    private readonly Lazy<byte[]?> _document = new(() => Document(manifest, prefix) is { } json ? Encoding.UTF8.GetBytes(json) : null);

    /// <summary>The document; null when the manifest has none (built by hand, not by the generator).</summary>
    public string? Json => _document.Value is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Answers a GET or HEAD of <see cref="Path"/> when enabled; false when the request is not for it.</summary>
    public async ValueTask<bool> TryServeAsync(HttpContext context, string routedPath)
    {
        if (routedPath != Path || !options.Value.OpenApi.Enabled || _document.Value is not { } body) return false;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        return true;
    }

    // The generator cannot know host.json's routePrefix; clients resolve the paths against this server URL.
    private static string? Document(FunctionAppManifest manifest, RoutePrefix prefix)
    {
        if (manifest.OpenApiDocument is not { } json || prefix.Value.Length == 0) return manifest.OpenApiDocument;
        var document = JsonNode.Parse(json)!.AsObject();
        document.Insert(2, "servers", new JsonArray(new JsonObject { ["url"] = prefix.Value }));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            document.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
