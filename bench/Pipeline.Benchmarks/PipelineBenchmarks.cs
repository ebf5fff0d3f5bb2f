using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nextfunc.Hosting;
using Nextfunc.Invocation;
using Nextfunc.Pipeline;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;

namespace Nextfunc.Pipeline.Benchmarks;

/// <summary>
/// One GET through <see cref="KestrelEntry.InvokeAsync"/> (slash check, Functions middlewares, Next-style
/// middleware, route match, output cache, function) beside <see cref="Bare"/>: a fresh context and the same
/// bytes written directly, as a bare <c>MapGet</c> would. The Ratio and Allocated columns per scenario are
/// the issue's targets (docs/benchmarks.md maps the rows).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    /// <summary>
    /// <c>dynamic</c>: GET /api/users/42, no middleware; <c>mw-matched</c>: the same with the conformance matcher
    /// matching and the middleware setting one header; <c>mw-unmatched</c>: GET /nomw/42, which the matcher excludes;
    /// <c>cache-hit</c>: GET /api/static (force-static) from the L1; <c>not-modified</c>: the same with a matching If-None-Match;
    /// <c>dynamic-as-hit</c>: GET /api/static-rendered, a dynamic handler answering what a hit sends (the same bytes,
    /// <c>Cache-Control</c>, <c>ETag</c> and <c>x-nextjs-cache</c>), the render a hit saves.
    /// </summary>
    [Params("dynamic", "mw-matched", "mw-unmatched", "cache-hit", "not-modified", "dynamic-as-hit")]
    public string Scenario { get; set; } = "";

    private PipelineApp _app = null!;
    private KestrelEntry _pipeline = null!;
    private string _target = "";
    private string? _ifNoneMatch;
    private byte[] _bareBody = [];
    private string _bareContentType = "";

    [GlobalSetup]
    public void Setup()
    {
        _app = new PipelineApp(withMiddleware: Scenario.StartsWith("mw-", StringComparison.Ordinal));
        _pipeline = _app.Pipeline;
        _target = Scenario switch
        {
            "mw-unmatched" => "/nomw/42",
            "cache-hit" or "not-modified" => "/api/static",
            "dynamic-as-hit" => "/api/static-rendered",
            _ => "/api/users/42",
        };

        // The first request renders (a miss); from then on /api/static is an L1 hit.
        var first = Send();
        var etag = first.Response.Headers.ETag.ToString();
        _ifNoneMatch = Scenario == "not-modified" ? etag : null;
        var check = Send();
        var expected = Scenario == "not-modified" ? 304 : 200;
        if (check.Response.StatusCode != expected || check.Response.Headers.ContainsKey("x-mw") != (Scenario == "mw-matched"))
            throw new InvalidOperationException($"Unexpected outcome for {Scenario}: {check.Response.StatusCode}");
        if (Scenario is "cache-hit" or "not-modified" && check.Response.Headers["x-nextjs-cache"] != "HIT")
            throw new InvalidOperationException($"{Scenario} is not served from the cache: {check.Response.Headers["x-nextjs-cache"]}");
        (_bareBody, _bareContentType) = Scenario is "cache-hit" or "not-modified" or "dynamic-as-hit" ? PipelineApp.StaticBody : PipelineApp.UserBody;
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    /// <summary>What a bare Kestrel endpoint does for the same answer: a fresh context, status, content type, the bytes.</summary>
    [Benchmark(Baseline = true)]
    public Task Bare()
    {
        var context = NewContext();
        context.Response.StatusCode = 200;
        context.Response.ContentType = _bareContentType;
        context.Response.ContentLength = _bareBody.Length;
        return context.Response.Body.WriteAsync(_bareBody).AsTask();
    }

    [Benchmark]
    public Task Pipeline() => _pipeline.InvokeAsync(NewContext());

    private DefaultHttpContext Send()
    {
        var context = NewContext();
        _pipeline.InvokeAsync(context).GetAwaiter().GetResult();
        return context;
    }

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { RequestServices = _app.Services };
        context.Request.Method = "GET";
        context.Request.Path = _target;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = _target;
        context.Request.Headers.Host = "localhost:3000";
        context.Request.Headers.UserAgent = "wrk";
        if (_ifNoneMatch is not null)
            context.Request.Headers.IfNoneMatch = _ifNoneMatch;
        context.Response.Body = Stream.Null;
        return context;
    }
}
