using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Serverless.Routing.Http;
using Serverless.Routing.Middleware;

namespace Serverless.FunctionsHost.Pipeline;

/// <summary>
/// Runs the app's Next-style middleware when its matcher matches, and applies its answer: a direct
/// response or redirect ends the request; <c>Next()</c> passes on with header overrides; a rewrite
/// re-targets routing in-process (same origin) or proxies to an allowed other origin.
/// </summary>
public sealed class NextMiddlewareStage(RewriteProxy proxy, RoutePrefix prefix, ILogger<NextMiddlewareStage> logger)
{
    /// <summary>Returns false when the middleware answered the request itself.</summary>
    public async Task<bool> RunAsync(HttpContext context, MiddlewareDefinition middleware)
    {
        if (!middleware.Matches(context.Request))
            return true;

        RequestScope.Enter(context);
        var feature = context.Features.GetRequiredFeature<ServerlessFeature>();
        NextResponse response;
        try
        {
            response = await middleware.Invoke(new NextRequest(context));
        }
        catch (Exception e)
        {
            PipelineLog.MiddlewareThrew(logger, e, middleware.SourceFile, context.Request.Method, feature.RawPath);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return false;
        }

        if (!response.IsNext && response.RewriteUrl is null)
        {
            await WriteDirectAsync(context, response);
            return false;
        }

        if (response.RequestHeaders is { } overrides)
        {
            context.Request.Headers.Clear();
            foreach (var (k, v) in overrides) context.Request.Headers[k] = v;
            InternalHeaders.Strip(context.Request.Headers);
        }
        feature.MiddlewareResponse = response;
        response.ApplyHeaders(context.Response);

        if (response.RewriteUrl is { } target)
            return await RewriteAsync(context, feature, target);
        return true;
    }

    private async Task<bool> RewriteAsync(HttpContext context, ServerlessFeature feature, string target)
    {
        var request = new NextRequest(context);
        var url = new Uri(request.Url, target);
        if (!IsSameOrigin(url, request.Url))
        {
            await proxy.ForwardAsync(context, url, feature);
            return false;
        }

        // In-process dispatch: the client URL stays; the target sees only the rewrite URL's query.
        if (!prefix.TryStrip(url.AbsolutePath, out var routed))
        {
            await NotFoundPage.WriteAsync(context); // no function lives outside the route prefix
            return false;
        }
        feature.RawPath = routed;
        feature.RawQuery = url.Query;
        context.Request.Path = PathString.FromUriComponent(url.AbsolutePath);
        context.Request.QueryString = new QueryString(url.Query.Length > 1 ? url.Query : null);
        if (context.Features.Get<IHttpRequestFeature>() is { } requestFeature)
            requestFeature.RawTarget = url.PathAndQuery;
        return true;
    }

    private static bool IsSameOrigin(Uri url, Uri requestUrl) =>
        url.Scheme == requestUrl.Scheme && url.Authority == requestUrl.Authority ||
        url.IsLoopback && url.Port == requestUrl.Port;

    private static async Task WriteDirectAsync(HttpContext context, NextResponse response)
    {
        var location = response.Headers.Get("location");
        var isRedirect = response.Status is >= 300 and < 400 && location is not null && !response.HasBody;
        await response.ExecuteAsync(context);
        if (!isRedirect) return;
        // Next.js answers a middleware redirect with the URL as its body; a 308 also gets Refresh.
        if (response.Status == StatusCodes.Status308PermanentRedirect)
            context.Response.Headers["Refresh"] = "0;url=" + location;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.WriteAsync(location!);
    }
}
