using Nextfunc.Hosting;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Middleware;

namespace Nextfunc.Tests.Support;

/// <summary>Hand-built app manifests, as the generator would emit them, for the apps tests start or plan.</summary>
internal static class TestManifest
{
    /// <summary>
    /// <paramref name="routes"/> and <paramref name="middleware"/> under a build id of their own unless given, so that
    /// no two apps share cache keys.
    /// </summary>
    public static FunctionAppManifest Manifest(IReadOnlyList<RouteEntry> routes, MiddlewareDefinition? middleware = null, string? buildId = null,
        string? openApiDocument = null) =>
        new(routes, middleware, buildId ?? "test-build-" + Guid.NewGuid().ToString("N")) { OpenApiDocument = openApiDocument };

    /// <summary>A route entry from a pattern and verb handlers, as the generator would emit it.</summary>
    public static RouteEntry Route(string pattern, SegmentConfig? config = null, params (HttpVerb Verb, RouteHandler Handler)[] handlers)
    {
        var p = RoutePattern.Parse(pattern);
        return new RouteEntry(p, RouteFileKind.Route, $"app{pattern}/route.cs", config ?? SegmentConfig.Default,
            handlers.Select(h => new RouteFunction($"{p.FunctionBaseName}_{h.Verb}", h.Verb, h.Handler.ToFunctionHandler())).ToList());
    }
}
