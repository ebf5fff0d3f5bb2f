using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.OpenApi;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>
/// Route matching and method semantics after middleware: the 400 page for a param that does not decode,
/// 400 for methods that are not route-handler verbs, the OpenAPI document, public files, 404, automatic OPTIONS and HEAD, 405s,
/// then the output cache or the function.
/// </summary>
internal sealed class RouteStage(FunctionAppManifest manifest, PublicFiles publicFiles, OpenApiDocumentEndpoint openApi, FunctionDispatcher dispatcher, CachedRouteStage cache, FunctionKeys keys)
{
    /// <summary>Serves the (possibly rewritten) path of the request.</summary>
    public async Task ServeAsync(HttpContext context, RequestState feature)
    {
        var status = feature.Resolve(manifest.Table, out var match);
        if (status == RouteMatchStatus.MalformedParam)
        {
            // Next.js decodes the params while it resolves the route, before the method is looked at.
            await BadRequestPage.WriteAsync(context);
            return;
        }

        if (!MethodResolution.TryParseVerb(context.Request.Method, out var verb))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var served = match is null ? false : await cache.ServesParamsAsync(match);
        if (served is null)
        {
            FunctionDispatcher.Fail(context, feature.MiddlewareResponse); // GenerateStaticParams threw (logged)
            return;
        }
        if (match is null || served == false)
        {
            // A route of the app's own wins over /openapi.json, as over a public file.
            if (!await openApi.TryServeAsync(context, feature.RawPath) && !await publicFiles.TryServeAsync(context, feature.RawPath))
                await NotFoundPage.WriteAsync(context);
            return;
        }

        var resolution = MethodResolution.Resolve(match.Route, verb);
        switch (resolution.Outcome)
        {
            case MethodResolution.Outcome.AutomaticOptions:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                context.Response.Headers.Allow = MethodResolution.Allow(match.Route);
                return;
            case MethodResolution.Outcome.MethodNotAllowed:
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            case MethodResolution.Outcome.PrerenderedMethodNotAllowed:
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Append("Allow", "GET");
                context.Response.Headers.Append("Allow", "HEAD");
                await context.Response.WriteAsync("Method Not Allowed");
                return;
        }

        var function = resolution.Function!;
        if (!keys.Allows(context.Request, match.Route.Config.AuthLevel, feature.HostCheckedLevel))
        {
            // A stricter function than the host checked (a rewrite), or standalone with keys configured: as the host answers.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            feature.MiddlewareResponse?.ApplyHeaders(context.Response);
            return;
        }
        feature.FunctionName = function.Name;
        if (match.Route.IsPrerendered && function.Verb == Nextfunc.Routing.Conventions.HttpVerb.GET)
            await cache.ServeAsync(context, match, function, resolution.DropBody, feature);
        else
            await dispatcher.InvokeAsync(context, match.Route, function, match.Params, resolution.DropBody, feature.MiddlewareResponse);
    }
}
