using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nextfunc.Hosting;
using Nextfunc.Invocation;
using Nextfunc.Pipeline;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Pipeline.Benchmarks;

/// <summary>
/// The conformance app's shape in miniature: /api/users/[id] (dynamic), /api/static (force-static), /nomw/[id],
/// optionally the conformance middleware matcher with a middleware that sets one header and calls <c>Next()</c>.
/// Built with the real DI registration (file store behind the in-memory L1, in a temp folder); never started.
/// </summary>
internal sealed class PipelineApp : IDisposable
{
    public static readonly (byte[] Body, string ContentType) UserBody = (Encoding.UTF8.GetBytes("{\"route\":\"users/[id]\",\"id\":\"42\"}"), "application/json");
    public static readonly (byte[] Body, string ContentType) StaticBody = (Encoding.UTF8.GetBytes("{\"kind\":\"force-static\",\"t\":1}"), "application/json");

    private static readonly NextResponse User = NextResponse.Text(Encoding.UTF8.GetString(UserBody.Body), contentType: UserBody.ContentType);
    private static readonly NextResponse Static = NextResponse.Text(Encoding.UTF8.GetString(StaticBody.Body), contentType: StaticBody.ContentType);

    // What a hit sends, rendered on every request by a dynamic handler: the same bytes and the three headers a hit adds.
    private static readonly NextResponse StaticRenderedEachTime = SameHeadersAsAHit();

    private readonly string _cacheRoot = Path.Combine(Path.GetTempPath(), "pipeline-bench-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplication _app;

    public PipelineApp(bool withMiddleware)
    {
        var manifest = new FunctionAppManifest(
            [Route("/api/users/[id]", SegmentConfig.Default, User), Route("/api/static", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, Static),
             Route("/nomw/[id]", SegmentConfig.Default, User), Route("/api/static-rendered", SegmentConfig.Default, StaticRenderedEachTime)],
            withMiddleware ? Middleware() : null, "bench");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.Configuration["Nextfunc:Cache:Store"] = "file";
        builder.Configuration["Nextfunc:Cache:Path"] = _cacheRoot;
        builder.Services.AddNextfuncHost(manifest, new FunctionsMiddlewareChain(), FunctionsHostFiles.Read(Path.GetTempPath()), builder.Configuration, HostingMode.Standalone);
        _app = builder.Build();
        Services = _app.Services;
        Pipeline = Services.GetRequiredService<KestrelEntry>();
    }

    public IServiceProvider Services { get; }

    public KestrelEntry Pipeline { get; }

    public void Dispose()
    {
        ((IDisposable)_app).Dispose();
        if (Directory.Exists(_cacheRoot)) Directory.Delete(_cacheRoot, recursive: true);
    }

    // The conformance app's config.matcher; the middleware only tags the response, as most real ones do on the way through.
    private static MiddlewareDefinition Middleware()
    {
        MatcherEntry[] config =
        [
            new("/about/:path*"),
            new("/api/:path*"),
            new("/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)"),
            new("/hdr/:path*", Has: [new MatchCondition(MatchConditionType.Header, "x-want-mw")]),
            new("/ck/:path*", Missing: [new MatchCondition(MatchConditionType.Cookie, "skip-mw")]),
            new("/q/:path*", Has: [new MatchCondition(MatchConditionType.Query, "run", "yes")]),
        ];
        var compiled = config.Select(e => MatcherCompiler.TryCompile(e, out var c, out var error) ? c : throw new InvalidOperationException(error));
        var matcher = new MiddlewareMatcher(compiled, buildId: "bench");
        return new MiddlewareDefinition("middleware.cs", matcher.Matches, static (_, _) =>
        {
            var response = NextResponse.Next();
            response.Headers.Set("x-mw", "1");
            return ValueTask.FromResult<NextResponse?>(response);
        });
    }

    private static NextResponse SameHeadersAsAHit()
    {
        var response = NextResponse.Text(Encoding.UTF8.GetString(StaticBody.Body), contentType: StaticBody.ContentType);
        response.Headers.Set("cache-control", "s-maxage=31536000");
        response.Headers.Set("x-nextjs-cache", "HIT");
        response.Headers.Set("etag", "\"a55b5bbe33f9d04b005c7cad1508473a\"");
        return response;
    }

    private static RouteEntry Route(string pattern, SegmentConfig config, NextResponse answer)
    {
        var p = RoutePattern.Parse(pattern);
        return new RouteEntry(p, RouteFileKind.Route, $"app{pattern}/route.cs", config,
            [new RouteFunction($"{p.FunctionBaseName}_GET", HttpVerb.GET, (_, _) => new(answer))]);
    }
}
