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
internal sealed class RouteStage(
    FunctionAppManifest manifest, PublicFiles publicFiles, OpenApiDocumentEndpoint openApi, FunctionDispatcher dispatcher, CachedRouteStage cache,
    FunctionKeys keys, ConfigStage config)
{
    /// <summary>
    /// Serves the (possibly rewritten) path of the request in Next.js's order: <c>beforeFiles</c> rewrites, the
    /// filesystem (public files, then static routes), <c>afterFiles</c> rewrites, dynamic routes, <c>fallback</c> rewrites.
    /// </summary>
    public async Task ServeAsync(HttpContext context, RequestState feature)
    {
        var rules = manifest.Config;
        if (rules is { BeforeFiles.Count: > 0 } && await config.RewriteAsync(context, feature, rules.BeforeFiles, served: null) == ConfigStage.Outcome.Answered)
            return;
        if (await publicFiles.TryServeAsync(context, feature.RawPath))
            return;
        var status = feature.Resolve(manifest.Table, out var match);
        if (rules is not null && !(match is not null && match.Route.Pattern.IsStatic))
        {
            if (!await RewriteAsync(context, feature, rules.AfterFiles))
                return;
            status = feature.Resolve(manifest.Table, out match);
            if (match is null && !await RewriteAsync(context, feature, rules.Fallback))
                return;
            status = feature.Resolve(manifest.Table, out match);
        }
        await ServeMatchAsync(context, feature, status, match);
    }

    // An afterFiles or fallback phase: the rules rewrite until the app serves the path (a public file answers at once);
    // false when the request is answered.
    private async Task<bool> RewriteAsync(HttpContext context, RequestState feature, List<Nextfunc.Routing.Config.ConfigRule> rules)
    {
        if (rules.Count == 0)
            return true;
        var outcome = await config.RewriteAsync(context, feature, rules, path => publicFiles.Serves(path) || Routes(path));
        if (outcome == ConfigStage.Outcome.Answered)
            return false;
        return !(outcome == ConfigStage.Outcome.Rewritten && await publicFiles.TryServeAsync(context, feature.RawPath));
    }

    private bool Routes(string path) =>
        RequestState.RoutePath(path, manifest.Config?.BasePath ?? "") is { } routed && manifest.Table.Match(routed, out _) == RouteMatchStatus.Matched;

    private async Task ServeMatchAsync(HttpContext context, RequestState feature, RouteMatchStatus status, RouteMatch? match)
    {
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
            // A route of the app's own wins over /openapi.json.
            if (!await openApi.TryServeAsync(context, feature.RawPath))
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
