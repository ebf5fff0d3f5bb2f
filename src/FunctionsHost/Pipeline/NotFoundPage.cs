using Microsoft.AspNetCore.Http;

namespace Nextfunc.Pipeline;

/// <summary>The 404 for paths no route serves: a small HTML page with Next.js's no-store cache header.</summary>
internal static class NotFoundPage
{
    private static readonly byte[] Body = System.Text.Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>404: This page could not be found.</title></head>" +
        "<body><h1>404</h1><p>This page could not be found.</p></body></html>");

    /// <summary>Writes the page; headers already on the response (from middleware) stay.</summary>
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "private, no-cache, no-store, max-age=0, must-revalidate";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(Body).AsTask();
    }
}
