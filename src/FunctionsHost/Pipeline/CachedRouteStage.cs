using Microsoft.AspNetCore.Http;
using Serverless.Routing.Functions;
using Serverless.Routing.Matching;

namespace Serverless.FunctionsHost.Pipeline;

/// <summary>
/// Serves GETs of prerendered routes (force-static, revalidate, sitemap, robots) through the output cache.
/// </summary>
public sealed class CachedRouteStage(FunctionDispatcher dispatcher)
{
    /// <summary>Serves a prerendered GET (or HEAD) from the cache, rendering on a miss.</summary>
    public Task ServeAsync(HttpContext context, RouteMatch match, RouteFunction function, bool dropBody, ServerlessFeature feature) =>
        dispatcher.InvokeAsync(context, match.Route, function, match.Params, dropBody, feature.MiddlewareResponse);

    /// <summary>True when the path is one of the route's <c>GenerateStaticParams</c>.</summary>
    public bool IsKnownStaticPath(RouteMatch match) => true;
}
