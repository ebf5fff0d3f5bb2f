using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Nextfunc.Pipeline;

/// <summary>
/// Serves files from the app's <c>public/</c> folder at the site root, as Next.js does, after
/// middleware has run and only when no route matched.
/// </summary>
internal sealed class PublicFiles
{
    private readonly IFileProvider? _files;
    private readonly FileExtensionContentTypeProvider _types = new();

    /// <summary>Uses <c>public/</c> under the content root when it exists.</summary>
    public PublicFiles(IWebHostEnvironment environment)
    {
        var root = Path.Combine(environment.ContentRootPath, "public");
        _files = Directory.Exists(root) ? new PhysicalFileProvider(root) : null;
    }

    /// <summary>Serves the file for GET/HEAD; false when there is none.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string rawPath)
    {
        if (_files is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            return false;
        if (!Nextfunc.Routing.Web.PercentDecoding.TryDecode(rawPath, out var path) || path.Contains(".."))
            return false;
        var file = _files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
            return false;

        context.Response.ContentType = _types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        context.Response.ContentLength = file.Length;
        context.Response.Headers.CacheControl = "public, max-age=0";
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.SendFileAsync(file, context.RequestAborted);
        return true;
    }
}
