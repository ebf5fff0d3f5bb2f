using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Nextfunc.Routing;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>
/// Serves files from the app's <c>public/</c> folder at the site root, as Next.js does: after middleware and
/// <c>beforeFiles</c> rewrites, before every route (a public file wins over a dynamic route that would match its path).
/// The folder is listed once at start-up, so a request for a route costs a set lookup, not a file-system call.
/// </summary>
internal sealed class PublicFiles
{
    private readonly IFileProvider? _files;
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly string _basePath;

    /// <summary>Uses <c>public/</c> under the content root when it exists, served under the app's basePath.</summary>
    public PublicFiles(IWebHostEnvironment environment, FunctionAppManifest manifest)
    {
        _basePath = manifest.Config?.BasePath ?? "";
        var root = Path.Combine(environment.ContentRootPath, "public");
        if (!Directory.Exists(root)) return;
        _files = new PhysicalFileProvider(root);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            _paths.Add("/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
    }

    /// <summary>True when a public file answers a GET or HEAD of <paramref name="rawPath"/>.</summary>
    public bool Serves(string rawPath) => FileFor(rawPath) is not null;

    // The file's path under public/ for a raw request path: decoded, without basePath; null when none is there.
    private string? FileFor(string rawPath) =>
        _paths.Count > 0 && RequestBasePathFeature.Strip(rawPath, _basePath) is { } underBasePath
        && PercentDecoding.TryDecode(underBasePath, out var path) && !path.Contains("..") && _paths.Contains(path) ? path : null;

    /// <summary>Serves the file for GET/HEAD; false when there is none.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string rawPath)
    {
        if (_files is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || FileFor(rawPath) is not { } path)
            return false;
        var file = _files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
            return false; // removed since start-up

        context.Response.ContentType = ContentType(file.Name);
        context.Response.ContentLength = file.Length;
        context.Response.Headers.CacheControl = "public, max-age=0";
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.SendFileAsync(file, context.RequestAborted);
        return true;
    }

    // As Next.js's static file server (send + mime) answers: text types and JavaScript/JSON say charset=UTF-8.
    private string ContentType(string name)
    {
        if (!_types.TryGetContentType(name, out var type))
            return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json"
            ? type + "; charset=UTF-8"
            : type;
    }
}
