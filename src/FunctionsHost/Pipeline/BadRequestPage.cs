using Microsoft.AspNetCore.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// The 400 Next.js answers when the route a path resolves to has a param that is not valid percent-encoded
/// UTF-8 (<c>/api/users/%zz</c>, <c>%ff</c>, <c>%c0%af</c>): its HTML error page with the no-store cache header.
/// Middleware has already run, but nothing it set (headers, cookies) reaches this answer.
/// </summary>
internal static class BadRequestPage
{
    private static readonly byte[] Body = System.Text.Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>400: Bad Request</title></head>" +
        "<body><h1>400</h1><h2>Bad Request.</h2></body></html>");

    /// <summary>Replaces whatever the response holds with the page (headers only for HEAD; OPTIONS gets no body, as in Next.js).</summary>
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.Headers.CacheControl = "private, no-cache, no-store, max-age=0, must-revalidate";
        if (HttpMethods.IsOptions(context.Request.Method))
            return Task.CompletedTask;
        context.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(Body).AsTask();
    }
}
