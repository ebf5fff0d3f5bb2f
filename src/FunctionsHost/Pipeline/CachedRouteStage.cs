using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Serverless.FunctionsHost.Caching;
using Serverless.FunctionsHost.Telemetry;
using Serverless.Routing.Conventions;
using Serverless.Routing.Functions;
using Serverless.Routing.Matching;

namespace Serverless.FunctionsHost.Pipeline;

/// <summary>
/// Serves GETs (and HEADs) of prerendered routes — <c>force-static</c>, <c>Revalidate = N</c>,
/// sitemap and robots — from the output cache: the Next.js cache headers, a strong ETag with 304s,
/// stale-while-revalidate, and <c>DynamicParams = false</c> limited to <c>GenerateStaticParams</c>.
/// </summary>
internal sealed class CachedRouteStage(OutputCache cache, StaticRender render, IServiceProvider services)
{
    private const int OneYear = 31536000;
    private readonly ConcurrentDictionary<RouteEntry, Task<HashSet<string>>> _staticParams = new();

    /// <summary>Serves a prerendered GET or HEAD.</summary>
    public async Task ServeAsync(HttpContext context, RouteMatch match, RouteFunction function, bool dropBody, ServerlessFeature feature)
    {
        var policy = new CachePolicy(match.Route.Config.Revalidate is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        var result = await cache.GetOrRenderAsync(feature.RawPath, policy,
            ct => render.RenderAsync(match.Route, function, match.Params, feature.RawPath, ct), context.RequestAborted);
        context.Features.Set(new InvokedFunctionFeature(function.Name));
        await WriteAsync(context, match.Route, result, dropBody);
    }

    /// <summary>True unless the route has <c>DynamicParams = false</c> and the params are not among its <c>GenerateStaticParams</c>.</summary>
    public async ValueTask<bool> ServesParamsAsync(RouteMatch match)
    {
        if (match.Route.Config.DynamicParams || match.Route.GenerateStaticParams is not { } generate)
            return true;
        var known = await _staticParams.GetOrAdd(match.Route, async _ =>
            (await generate(services, CancellationToken.None)).Select(Signature).ToHashSet(StringComparer.Ordinal));
        return known.Contains(Signature(match.Params));
    }

    private static string Signature(RouteParams parameters) =>
        string.Join("\u0001", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join("/", p.Value)));

    private static async Task WriteAsync(HttpContext context, RouteEntry route, CacheResult result, bool dropBody)
    {
        OutcomeTelemetry.Cache(route, result);
        var entry = result.Response;
        var response = context.Response;
        var cacheable = entry.StatusCode == StatusCodes.Status200OK && !entry.Headers.Any(h => h.Key.Equals(HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase));
        foreach (var group in entry.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (group.Key.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)) continue;
            response.Headers[group.Key] = group.Select(h => h.Value).ToArray();
        }

        if (cacheable)
        {
            // Metadata routes keep their own Cache-Control (public, max-age=0, must-revalidate), as in Next.js.
            if (route.Kind == RouteFileKind.Route || !response.Headers.ContainsKey(HeaderNames.CacheControl))
                response.Headers.CacheControl = route.Config.Revalidate is { } n
                    ? $"s-maxage={n}, stale-while-revalidate={OneYear - n}"
                    : $"s-maxage={OneYear}";
            response.Headers["x-nextjs-cache"] = result.Outcome.ToString().ToUpperInvariant();
            if (entry.ETag is { } etag)
            {
                response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.Headers.ContentType = default;
                    return;
                }
            }
        }

        response.StatusCode = entry.StatusCode;
        if (dropBody || entry.Body.IsEmpty) return;
        response.ContentLength = entry.Body.Length;
        await response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }
}
