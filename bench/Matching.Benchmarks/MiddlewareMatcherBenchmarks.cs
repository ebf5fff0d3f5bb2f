using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Serverless.Routing.Middleware;
using Serverless.Routing.Middleware.Patterns;

namespace Serverless.Matching.Benchmarks;

/// <summary>The conformance app's matcher (shared/conformance FINDINGS §6) on a matched and an unmatched request.</summary>
[MemoryDiagnoser]
public class MiddlewareMatcherBenchmarks
{
    private MiddlewareMatcher _matcher = null!;
    private HttpRequest _request = null!;

    /// <summary>A request-target: matched by the catch-all, by /q with its query condition, or by nothing.</summary>
    [Params("/dashboard/settings", "/q/x?a=1&run=yes", "/_next/static/chunks/app.js")]
    public string Target { get; set; } = "";

    [Params(true, false)]
    public bool Compiled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var entries = ConformanceMatcher.Compiled();
        _matcher = new MiddlewareMatcher(entries.ToList(), buildId: "bench", compileRegexes: Compiled);
        var context = new DefaultHttpContext();
        var q = Target.IndexOf('?');
        context.Request.Path = q < 0 ? Target : Target[..q];
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = Target;
        context.Request.Headers.Host = "localhost:3000";
        context.Request.Headers.Cookie = "session=abc; theme=dark";
        context.Request.Headers.UserAgent = "Mozilla/5.0";
        _request = context.Request;
        if (_matcher.Matches(_request) == Target.StartsWith("/_next", StringComparison.Ordinal))
            throw new InvalidOperationException("Unexpected match result for " + Target);
    }

    [Benchmark]
    public bool Matches() => _matcher.Matches(_request);
}
