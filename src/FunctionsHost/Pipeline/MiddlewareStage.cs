using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Nextfunc.FunctionApp;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;
using Nextfunc.Telemetry;

namespace Nextfunc.Pipeline;

/// <summary>
/// Runs the app's Next-style middleware when its matcher matches, and applies its answer: a direct
/// response or redirect ends the request; <c>Next()</c> passes on with header overrides; a rewrite
/// re-targets routing in-process (same origin) or proxies to an allowed other origin. As in Next.js,
/// a same-origin rewrite target that the matcher also matches runs the middleware again, so a guard
/// on the target cannot be skipped by rewriting into it; the last run's headers win.
/// </summary>
internal sealed class MiddlewareStage(RewriteProxy proxy, RoutePrefix prefix, ILogger<MiddlewareStage> logger)
{
    /// <summary>How many times one request may run the middleware (rewrite chains); beyond it the request fails closed.</summary>
    public const int MaxRuns = 5;

    /// <summary>Returns false when the middleware answered the request itself.</summary>
    public async Task<bool> RunAsync(HttpContext context, MiddlewareDefinition middleware, RequestState feature)
    {
        for (var run = 1; middleware.Matches(context.Request); run++)
        {
            if (run > MaxRuns)
            {
                PipelineLog.RewriteLoop(logger, middleware.SourceFile, feature.RawPath, MaxRuns);
                OutcomeTelemetry.Middleware(OutcomeTelemetry.Error);
                FunctionDispatcher.Fail(context, null);
                return false;
            }
            switch (await RunOnceAsync(context, middleware, feature))
            {
                case Outcome.Answered: return false;
                case Outcome.Continue: return true;
            }
        }
        return true;
    }

    private enum Outcome { Answered, Continue, RewrittenInProcess }

    private async Task<Outcome> RunOnceAsync(HttpContext context, MiddlewareDefinition middleware, RequestState feature)
    {
        RequestScope.Enter(context);
        NextResponse response;
        try
        {
            response = await middleware.Invoke(NextRequest.ForMiddleware(context));
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            return Outcome.Answered; // the client went away; nobody to answer
        }
        catch (Exception e) when (ClientErrors.Classify(context, e) is { } clientError)
        {
            // The middleware read a body the client got wrong: a 4xx, as for a handler.
            PipelineLog.BadRequestBody(logger, middleware.SourceFile, clientError.StatusCode, clientError.Message);
            OutcomeTelemetry.Middleware(OutcomeTelemetry.Error);
            await ClientErrors.WriteAsync(context, clientError, null);
            return Outcome.Answered;
        }
        catch (Exception e)
        {
            PipelineLog.MiddlewareThrew(logger, e, middleware.SourceFile, context.Request.Method, feature.RawPath);
            OutcomeTelemetry.Middleware(OutcomeTelemetry.Error);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Outcome.Answered;
        }

        if (!response.IsNext && response.RewriteUrl is null)
        {
            await WriteDirectAsync(context, response);
            return Outcome.Answered;
        }

        if (response.RequestHeaders is { } overrides)
        {
            context.Request.Headers.Clear();
            foreach (var (k, v) in overrides) context.Request.Headers[k] = v;
            InternalHeaders.Strip(context.Request.Headers);
        }
        feature.MiddlewareResponse = response;
        response.ApplyHeaders(context.Response);

        OutcomeTelemetry.Middleware(response.RewriteUrl is null ? OutcomeTelemetry.Next : OutcomeTelemetry.Rewrite);
        if (response.RewriteUrl is { } target)
            return await RewriteAsync(context, feature, target);
        return Outcome.Continue;
    }

    private async Task<Outcome> RewriteAsync(HttpContext context, RequestState feature, string target)
    {
        var request = new NextRequest(context);
        var url = new Uri(request.Url, target);
        if (!IsSameOrigin(url, request.Url))
        {
            await proxy.ForwardAsync(context, url, feature);
            return Outcome.Answered;
        }

        // In-process dispatch: the client URL stays; the target sees only the rewrite URL's query.
        if (!prefix.TryStrip(url.AbsolutePath, out var routed))
        {
            await NotFoundPage.WriteAsync(context); // no function lives outside the route prefix
            return Outcome.Answered;
        }
        feature.RawPath = routed;
        feature.RawQuery = url.Query;
        context.Request.Path = PathString.FromUriComponent(url.AbsolutePath);
        context.Request.QueryString = new QueryString(url.Query.Length > 1 ? url.Query : null);
        if (context.Features.Get<IHttpRequestFeature>() is { } requestFeature)
            requestFeature.RawTarget = url.PathAndQuery;
        return Outcome.RewrittenInProcess;
    }

    private static bool IsSameOrigin(Uri url, Uri requestUrl) =>
        url.Scheme == requestUrl.Scheme && url.Authority == requestUrl.Authority ||
        url.IsLoopback && url.Port == requestUrl.Port;

    private static async Task WriteDirectAsync(HttpContext context, NextResponse response)
    {
        var location = response.Headers.Get("location");
        var isRedirect = response.Status is >= 300 and < 400 && location is not null && !response.HasBody;
        OutcomeTelemetry.Middleware(isRedirect ? OutcomeTelemetry.Redirect : OutcomeTelemetry.Respond);
        await response.ExecuteAsync(context);
        if (!isRedirect) return;
        // Next.js answers a middleware redirect with the URL as its body; a 308 also gets Refresh.
        if (response.Status == StatusCodes.Status308PermanentRedirect)
            context.Response.Headers["Refresh"] = "0;url=" + location;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.WriteAsync(location!);
    }
}
