using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Config;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Middleware;

namespace Nextfunc.Matching.Benchmarks;

/// <summary>
/// What next.config.cs adds to routing a request: a request for a dynamic route of a 100-route app passes every
/// redirect and header rule (before middleware) and every afterFiles rewrite (before dynamic routes), then the route
/// table, as the pipeline's config stage runs them. 0 entries is the route table alone; 50 is 20 redirects, 15 header
/// rules and 15 afterFiles rewrites in the shapes apps write (<c>/old-n/:slug</c>, <c>/api/res-n/:path*</c>, ...), one
/// header rule matching.
/// </summary>
[MemoryDiagnoser]
public class ConfigRulesBenchmarks
{
    [Params(0, 50)]
    public int ConfigEntries { get; set; }

    private RouteTable _table = null!;
    private NextConfigRules _config = null!;
    private HttpRequest _request = null!;
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var patterns = GeneratedRoutes.Patterns(100);
        _table = new RouteTable(patterns.Select(p => new RouteEntry(RoutePattern.Parse(p), RouteFileKind.Route, $"app{p}/route.cs",
            SegmentConfig.Default, [new RouteFunction("f", HttpVerb.GET, (_, _) => new((IResult?)null))])));
        _config = new NextConfigRules { SourceFile = "next.config.cs" };
        for (var i = 0; i < ConfigEntries; i++)
        {
            var (list, source, destination) = (i % 10) switch
            {
                < 4 => (_config.Redirects, $"/old-{i}/:slug", $"/api/res{i}/:slug"),
                < 7 => (_config.Headers, i == 4 ? "/api/:path*" : $"/api/res{i}/:path*", null),
                _ => (_config.AfterFiles, $"/legacy-{i}/:path*", $"/api/res{i}/:path*"),
            };
            if (!ConfigSourceCompiler.TryCompile(source, [], [], destination, out var compiled, out var error))
                throw new InvalidOperationException(error);
            list.Add(new ConfigRule(source, compiled!.Pattern, compiled.ParamNames, destination));
        }
        _path = GeneratedRoutes.Request(100, "dynamic");
        var context = new DefaultHttpContext();
        context.Request.Path = _path;
        _request = context.Request;
        if (!Route())
            throw new InvalidOperationException("no route for " + _path);
    }

    /// <summary>Redirects, headers, afterFiles rewrites (none rewrites this path), then the route table.</summary>
    [Benchmark]
    public bool Route()
    {
        var values = new RequestValues(_request, _path, -1);
        var headers = 0;
        foreach (var rule in _config.Redirects)
            if (rule.TryMatch(_path, ref values, out _)) return false;
        foreach (var rule in _config.Headers)
            if (rule.TryMatch(_path, ref values, out _)) headers++;
        foreach (var rule in _config.AfterFiles)
            if (rule.TryMatch(_path, ref values, out _)) return false;
        return _table.Match(_path, out _) == RouteMatchStatus.Matched && headers == (ConfigEntries > 0 ? 1 : 0);
    }
}
