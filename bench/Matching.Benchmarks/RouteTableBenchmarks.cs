using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using AspNetRoutePattern = Microsoft.AspNetCore.Routing.Patterns.RoutePattern;
using NextRoutePattern = Nextfunc.Routing.Conventions.RoutePattern;

namespace Nextfunc.Matching.Benchmarks;

/// <summary>
/// Route matching at 10, 100 and 1,000 route files: our <see cref="RouteTable"/> beside ASP.NET Core's own
/// endpoint matcher (the <c>DfaMatcher</c> that <c>UseRouting()</c> runs) built from the same templates. Both get
/// the path and resolve the endpoint with its route values, nothing else: no middleware, no request delegate.
/// </summary>
[MemoryDiagnoser]
public class RouteTableBenchmarks
{
    [Params(10, 100, 1000)]
    public int Routes { get; set; }

    /// <summary><c>static</c>: /api/res{n}; <c>dynamic</c>: /api/res{n}/42/items/7; <c>catch-all</c>: /docs/sec{n}/a/b/c.</summary>
    [Params("static", "dynamic", "catch-all")]
    public string Kind { get; set; } = "";

    private RouteTable _table = null!;
    private Func<HttpContext, Task> _aspNetCore = null!;
    private DefaultHttpContext _context = null!;
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var patterns = GeneratedRoutes.Patterns(Routes);
        _table = new RouteTable(patterns.Select(p => new RouteEntry(NextRoutePattern.Parse(p), RouteFileKind.Route, $"app{p}/route.cs",
            SegmentConfig.Default, [new RouteFunction("f", HttpVerb.GET, (_, _) => new((IResult?)null))])));
        _aspNetCore = AspNetCoreMatcher(patterns.Select(GeneratedRoutes.AspNetCoreTemplate));
        _path = GeneratedRoutes.Request(Routes, Kind);
        _context = new DefaultHttpContext();
        _context.Request.Path = _path;

        if (!Ours())
            throw new InvalidOperationException("RouteTable did not match " + _path);
        AspNetCore().GetAwaiter().GetResult();
        if (_context.GetEndpoint() is null)
            throw new InvalidOperationException("ASP.NET Core's matcher did not match " + _path);
    }

    [Benchmark]
    public bool Ours() => _table.Match(_path, out _) == RouteMatchStatus.Matched;

    [Benchmark(Baseline = true)]
    public Task AspNetCore()
    {
        _context.SetEndpoint(null); // as for a fresh request
        _context.Request.RouteValues = null!;
        return _aspNetCore(_context);
    }

    // MatcherFactory and the matcher it builds are internal; AddRouting() registers the DFA one UseRouting() uses.
    private static Func<HttpContext, Task> AspNetCoreMatcher(IEnumerable<string> templates)
    {
        var endpoints = templates.Select((t, i) => (Endpoint)new RouteEndpoint(_ => Task.CompletedTask,
            RoutePatternFactory.Parse(t), i, EndpointMetadataCollection.Empty, t)).ToList();
        var services = new ServiceCollection().AddLogging().AddRouting().BuildServiceProvider();
        var factoryType = typeof(EndpointDataSource).Assembly.GetType("Microsoft.AspNetCore.Routing.Matching.MatcherFactory", throwOnError: true)!;
        var factory = services.GetRequiredService(factoryType);
        var matcher = factoryType.GetMethod("CreateMatcher", BindingFlags.Public | BindingFlags.Instance)!
            .Invoke(factory, [new DefaultEndpointDataSource(endpoints)])!;
        return matcher.GetType().GetMethod("MatchAsync", [typeof(HttpContext)])!.CreateDelegate<Func<HttpContext, Task>>(matcher);
    }
}
