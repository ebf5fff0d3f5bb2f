using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using Nextfunc.Telemetry;

namespace Nextfunc.Pipeline;

/// <summary>
/// Serves GETs (and HEADs) of prerendered routes — <c>force-static</c>, <c>Revalidate = N</c>,
/// sitemap and robots — from the output cache: the Next.js cache headers, a strong ETag with 304s,
/// stale-while-revalidate, and <c>DynamicParams = false</c> limited to <c>GenerateStaticParams</c>.
/// </summary>
internal sealed class CachedRouteStage(OutputCache cache, StaticRender render, FunctionDispatcher dispatcher, IServiceProvider services, ILogger<CachedRouteStage> logger)
{
    private readonly ConcurrentDictionary<RouteEntry, Task<HashSet<string>>> _staticParams = new();

    /// <summary>Serves a prerendered GET or HEAD.</summary>
    // PERF: not async. A hit (the lookup done, the body written at once) runs without a state machine of its own.
    public Task ServeAsync(HttpContext context, RouteMatch match, RouteFunction function, bool dropBody, RequestState feature)
    {
        var route = match.Route;
        if (DraftMode.IsRequestEnabled(context))
            return ServeDraftAsync(context, match, function, dropBody, feature);
        var policy = route.Cache!;
        // The render state travels as a struct: a hit allocates no closure for a render it never runs.
        var path = feature.CachePath;
        var pending = cache.GetOrRenderAsync(path, policy, (render, match, function, path),
            static (s, ct) => s.render.RenderAsync(s.match.Route, s.function, s.match.Params, s.path, ct), context.RequestAborted);
        return pending.IsCompletedSuccessfully
            ? WriteAsync(context, route, policy, pending.Result, dropBody, feature.MiddlewareResponse)
            : WriteWhenRenderedAsync(context, route, policy, pending, dropBody, feature.MiddlewareResponse);
    }

    private static async Task WriteWhenRenderedAsync(HttpContext context, RouteEntry route, CachePolicy policy, ValueTask<CacheResult> pending, bool dropBody, NextResponse? middlewareResponse) =>
        await WriteAsync(context, route, policy, await pending, dropBody, middlewareResponse);

    /// <summary>
    /// True unless the route has <c>DynamicParams = false</c> and the params are not among its <c>GenerateStaticParams</c>,
    /// which runs once; null when it threw (logged): the request fails, and the next one calls it again.
    /// </summary>
    public async ValueTask<bool?> ServesParamsAsync(RouteMatch match)
    {
        if (match.Route.Config.DynamicParams || match.Route.GenerateStaticParams is not { } generate)
            return true;
        var pending = _staticParams.GetOrAdd(match.Route, async _ =>
            (await generate(services, CancellationToken.None)).Select(Signature).ToHashSet(StringComparer.Ordinal));
        try
        {
            return (await pending).Contains(Signature(match.Params));
        }
        catch (Exception e)
        {
            // A failure (a database that was briefly down) is not kept: the next request asks again.
            if (_staticParams.TryRemove(new KeyValuePair<RouteEntry, Task<HashSet<string>>>(match.Route, pending)))
                PipelineLog.StaticParamsThrew(logger, e, match.Route.SourceFile);
            return null;
        }
    }

    // Draft mode (a valid bypass cookie): the route runs for this request, as a dynamic one would, and nothing is stored or
    // kept by a shared cache.
    private Task ServeDraftAsync(HttpContext context, RouteMatch match, RouteFunction function, bool dropBody, RequestState feature)
    {
        OutcomeTelemetry.Cache(match.Route, "bypass");
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.CacheControl = "private, no-cache, no-store, max-age=0, must-revalidate";
            return Task.CompletedTask;
        }, context.Response);
        return dispatcher.InvokeAsync(context, match.Route, function, match.Params, dropBody, feature.MiddlewareResponse);
    }

    private static string Signature(RouteParams parameters) =>
        string.Join("\u0001", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join("/", p.Value)));

    private static Task WriteAsync(HttpContext context, RouteEntry route, CachePolicy policy, CacheResult result, bool dropBody, NextResponse? middlewareResponse)
    {
        OutcomeTelemetry.Cache(route, result.Outcome switch
        {
            CacheOutcome.Hit => "hit",
            CacheOutcome.Stale => "stale",
            _ => result.Response.ETag is null ? "bypass" : "miss", // only a stored response carries an ETag
        });
        var entry = result.Response;
        var response = context.Response;
        var cacheable = CachePolicy.IsStorable(entry.StatusCode, entry.Headers);
        StoredHeaders.Write(entry.Headers, response.Headers);
        middlewareResponse?.ReapplyHeaders(response); // a header both set: the middleware's value is sent, as in Next.js

        if (cacheable)
        {
            if (!policy.KeepsOwnCacheControl || !response.Headers.ContainsKey(HeaderNames.CacheControl))
                response.Headers.CacheControl = policy.Lowered(entry.Revalidate).CacheControl; // a cached fetch's window may be shorter
            response.Headers["x-nextjs-cache"] = result.Outcome switch
            {
                CacheOutcome.Hit => "HIT",
                CacheOutcome.Stale => "STALE",
                _ => "MISS",
            };
            if (entry.ETag is { } etag)
            {
                response.Headers.ETag = etag;
                if (StoredHeaders.IfNoneMatchAccepts(context.Request.Headers.IfNoneMatch, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.Headers.ContentType = default;
                    return Task.CompletedTask;
                }
            }
        }

        response.StatusCode = entry.StatusCode;
        if (dropBody || entry.Body.IsEmpty) return Task.CompletedTask;
        response.ContentLength = entry.Body.Length;
        var written = response.Body.WriteAsync(entry.Body, context.RequestAborted);
        return written.IsCompletedSuccessfully ? Task.CompletedTask : written.AsTask();
    }

}
