using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Matching.Benchmarks;

/// <summary>
/// The conformance app's matcher (shared/conformance FINDINGS §6) on a matched and an unmatched request, three ways:
/// <c>interpreted</c> (a plain <c>Regex</c>: what Native AOT runs, as it ignores <c>RegexOptions.Compiled</c>),
/// <c>compiled</c> (<c>RegexOptions.Compiled</c> under the JIT) and <c>built</c> (the <see cref="CompiledSource"/>
/// C# the build emits for recognised shapes: the same code under the JIT and AOT).
/// </summary>
[MemoryDiagnoser]
public class MiddlewareMatcherBenchmarks
{
    private MiddlewareMatcher _matcher = null!;
    private HttpRequest _request = null!;

    /// <summary>A request-target: matched by the catch-all, by /q with its query condition, or by nothing.</summary>
    [Params("/dashboard/settings", "/q/x?a=1&run=yes", "/_next/static/chunks/app.js")]
    public string Target { get; set; } = "";

    [Params("interpreted", "compiled", "built")]
    public string Mode { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var entries = ConformanceMatcher.Compiled();
        if (Mode != "built")
            entries = entries.Select(e => e with { Compiled = null }).ToList();
        _matcher = new MiddlewareMatcher(entries, buildId: "bench", compileRegexes: Mode == "compiled");
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
