using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Nextfunc.FunctionApp;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;
using Nextfunc.Telemetry;

namespace Nextfunc.Pipeline;

/// <summary>
/// Runs the app's Next-style middleware, once per request, when its matcher matches, and applies its answer: a direct
/// response or redirect ends the request; <c>Next()</c> passes on with header overrides; a rewrite re-targets routing
/// in-process (same origin: the handler still sees the client's URL and query, with the target's params) or proxies to
/// an allowed other origin. As in Next.js (next start, Vercel), the middleware does not run again for a rewrite target,
/// so a guard in its branch for the target does not apply to a rewritten request: put the guard in the handler (or give
/// the target a stricter <c>AuthLevel</c>, which holds after a rewrite).
/// </summary>
internal sealed class MiddlewareStage(RewriteProxy proxy, RoutePrefix prefix, ILogger<MiddlewareStage> logger, DevelopmentErrorPage errorPage)
{
    /// <summary>
    /// Runs the middleware once, when its matcher matches the request as the client sent it; returns false when the
    /// middleware answered the request itself.
    /// </summary>
    public async Task<bool> RunAsync(HttpContext context, MiddlewareDefinition middleware, RequestState feature) =>
        !middleware.Matches(context.Request) || await RunOnceAsync(context, middleware, feature) == Outcome.Continue;

    private enum Outcome { Answered, Continue }

    private async Task<Outcome> RunOnceAsync(HttpContext context, MiddlewareDefinition middleware, RequestState feature)
    {
        RequestScope.Enter(context);
        NextResponse? answer;
        try
        {
            answer = await middleware.Invoke(NextRequest.ForMiddleware(context), new NextFetchEvent(context));
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
            await errorPage.WriteAsync(context, e, middleware.SourceFile, null);
            return Outcome.Answered;
        }

        if (answer is not { } response)
        {
            // Nothing returned (a void or null-returning middleware): Next.js goes on to the route, untouched.
            OutcomeTelemetry.Middleware(OutcomeTelemetry.Next);
            return Outcome.Continue;
        }
        if (!response.IsNext && response.RewriteUrl is null)
        {
            await WriteDirectAsync(context, response, new NextRequest(context).Url);
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

        // Internal, as Next.js does it: routing takes the target's path (and its params), while the handler's request
        // stays the client's: its URL, pathname and query. The middleware does not run again for the target.
        if (!prefix.TryStrip(url.AbsolutePath, out var routed))
        {
            await NotFoundPage.WriteAsync(context); // no function lives outside the route prefix
            return Outcome.Answered;
        }
        feature.RawPath = routed;
        return Outcome.Continue;
    }

    private static string SameOriginRelative(string location, Uri requestUrl)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0 ||
            !string.Equals(url.GetLeftPart(UriPartial.Authority), requestUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            return location;
        // The rest of the location as written (Uri would re-encode it): path, query and fragment.
        var start = location.IndexOfAny(['/', '?', '#'], location.IndexOf("//", StringComparison.Ordinal) + 2);
        return start < 0 ? "/" : location[start] == '/' ? location[start..] : "/" + location[start..];
    }

    private static bool IsSameOrigin(Uri url, Uri requestUrl) =>
        url.Scheme == requestUrl.Scheme && url.Authority == requestUrl.Authority ||
        url.IsLoopback && url.Port == requestUrl.Port;

    private static async Task WriteDirectAsync(HttpContext context, NextResponse response, Uri requestUrl)
    {
        var location = response.Headers.Get("location");
        var isRedirect = response.Status is >= 300 and < 400 && location is not null && !response.HasBody;
        OutcomeTelemetry.Middleware(isRedirect ? OutcomeTelemetry.Redirect : OutcomeTelemetry.Respond);
        if (isRedirect)
        {
            // Next.js makes a same-origin middleware redirect relative (the client resolves it against the URL it used,
            // which behind a proxy is the right origin); another origin's URL is sent as given.
            location = SameOriginRelative(location!, requestUrl);
            response.Headers.Set("location", location);
        }
        await response.ExecuteAsync(context);
        if (!isRedirect) return;
        // Next.js answers a middleware redirect with the URL as its body; a 308 also gets Refresh.
        if (response.Status == StatusCodes.Status308PermanentRedirect)
            context.Response.Headers["Refresh"] = "0;url=" + location;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.WriteAsync(location!);
    }
}
