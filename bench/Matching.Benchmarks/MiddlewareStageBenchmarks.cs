using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Serverless.FunctionsHost.Hosting;
using Serverless.FunctionsHost.Middleware;
using Serverless.FunctionsHost.Pipeline;
using Serverless.Routing.Conventions;
using Serverless.Routing.Functions;
using Serverless.Routing.Http;
using Serverless.Routing.Middleware;
using Serverless.Routing.Middleware.Patterns;

namespace Serverless.Matching.Benchmarks;

/// <summary>
/// One request through <see cref="RequestPipeline.InvokeAsync"/> (slash check, middleware stage, routing,
/// a tiny function) with the conformance app's matcher: no middleware at all (baseline), a path the
/// matcher matches (middleware runs and returns <c>Next()</c> with a response header) and a path it does not.
/// The middleware stage's cost is the difference to the baseline.
/// </summary>
[MemoryDiagnoser]
public class MiddlewareStageBenchmarks
{
    private static readonly NextResponse Ok = NextResponse.Text("ok");

    private RequestPipeline _pipeline = null!;
    private IServiceProvider _services = null!;
    private string _target = "";

    /// <summary><c>none</c>: no middleware; <c>matched</c>: /dashboard/settings; <c>unmatched</c>: /nomw/settings (excluded by the lookahead).</summary>
    [Params("none", "matched", "unmatched")]
    public string Scenario { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var entries = ConformanceMatcher.Compiled();
        var matcher = new MiddlewareMatcher(entries, buildId: "bench");
        var middleware = Scenario == "none" ? null : new MiddlewareDefinition("middleware.cs", matcher.Matches, _ =>
        {
            var res = NextResponse.Next();
            res.Headers.Set("x-mw", "1");
            return ValueTask.FromResult(res);
        });
        var manifest = new FunctionAppManifest([Route("/dashboard/[section]"), Route("/nomw/[section]")], middleware, "bench");

        // A slim web app for its environment and configuration; never started, no logging providers.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.Services.AddServerlessHost(manifest, new FunctionsMiddlewarePipeline(), FunctionsHostFiles.Read(Path.GetTempPath()), builder.Configuration, HostingMode.Standalone);
        _services = builder.Build().Services;
        _pipeline = _services.GetRequiredService<RequestPipeline>();
        _target = Scenario == "unmatched" ? "/nomw/settings" : "/dashboard/settings";

        var check = NewContext();
        _pipeline.InvokeAsync(check).GetAwaiter().GetResult();
        if (check.Response.StatusCode != 200 || check.Response.Headers.ContainsKey("x-mw") != (Scenario == "matched"))
            throw new InvalidOperationException($"Unexpected outcome for {Scenario}: {check.Response.StatusCode}");
    }

    [Benchmark]
    public Task InvokeAsync() => _pipeline.InvokeAsync(NewContext());

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "GET";
        context.Request.Path = _target;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = _target;
        context.Request.Headers.Host = "localhost:3000";
        context.Request.Headers.Cookie = "session=abc; theme=dark";
        context.Request.Headers.UserAgent = "Mozilla/5.0";
        context.Response.Body = Stream.Null;
        return context;
    }

    private static RouteEntry Route(string pattern)
    {
        var p = RoutePattern.Parse(pattern);
        return new RouteEntry(p, RouteFileKind.Route, $"app{pattern}/route.cs", SegmentConfig.Default,
            [new RouteFunction($"{p.FunctionBaseName}_GET", HttpVerb.GET, _ => new(Ok))]);
    }
}
