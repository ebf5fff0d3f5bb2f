using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Hosting;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Support;

namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// An app whose routes only the telemetry tests serve (their metric points are told apart by route): a
/// force-static route, a dynamic one, one whose handler throws, and a middleware that rewrites, redirects or passes on.
/// </summary>
internal static class TelemetryApp
{
    public const string Cached = "cached_GET";
    public const string User = "user_GET";
    public const string Fails = "fails_GET";
    public const string Unavailable = "unavailable_GET";
    public const string Isr = "isr_GET";

    /// <summary>The source of the ambient activity each handler saw, by function name (last request wins).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> AmbientSource = new();

    /// <summary>The routes and the middleware, under a build id of their own.</summary>
    public static FunctionAppManifest Manifest() => TestManifest.Manifest(
    [
        Route("/telemetry/cached", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, Cached, () => NextResponse.Text("cached body")),
        Route("/telemetry/users/[id]", null, User, () => NextResponse.Text("user")),
        Route("/telemetry/fails", null, Fails, () => throw new InvalidOperationException("handler failure under test")),
        // Prerendered, but a 503 is never stored: the cache is bypassed.
        Route("/telemetry/unavailable", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, Unavailable, () => NextResponse.Text("later", 503)),
        Route("/telemetry/isr", new SegmentConfig { Revalidate = 60 }, Isr, () => NextResponse.Text("isr")),
    ], new TestMiddleware(Invoke, "/telemetry/:path*").Definition);

    /// <summary>Gives the app's output cache <paramref name="clock"/>: a test moves past the revalidate window.</summary>
    public static Action<NextfuncAppBuilder> WithClock(TimeProvider clock) => builder => builder.Services.AddSingleton(clock);

    /// <summary>A W3C traceparent for a new trace, as a caller in front of the app would send it.</summary>
    public static (HttpRequestMessage Request, ActivityTraceId Trace, ActivitySpanId CallerSpan) Traced(string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        var span = ActivitySpanId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{span.ToHexString()}-01");
        return (request, trace, span);
    }

    private static NextResponse Invoke(NextRequest request) => request.NextUrl.Pathname switch
    {
        var p when p.StartsWith("/telemetry/old/", StringComparison.Ordinal) =>
            NextResponse.Rewrite(new Uri(request.Url, "/telemetry/users/" + p["/telemetry/old/".Length..])),
        "/telemetry/go" => NextResponse.Redirect(new Uri(request.Url, "/telemetry/users/1")),
        _ => NextResponse.Next(),
    };

    private static RouteEntry Route(string pattern, SegmentConfig? config, string functionName, Func<NextResponse> respond) =>
        new(RoutePattern.Parse(pattern), RouteFileKind.Route, $"app{pattern}/route.cs", config ?? SegmentConfig.Default,
        [
            new RouteFunction(functionName, HttpVerb.GET, (_, _) =>
            {
                AmbientSource[functionName] = Activity.Current?.Source.Name;
                return new(respond());
            }),
        ]);
}
