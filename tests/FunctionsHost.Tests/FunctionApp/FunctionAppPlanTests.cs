using Nextfunc.FunctionApp;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Tests.FunctionApp;

/// <summary>The planner's refusals and edge cases, on small hand-made manifests.</summary>
[Trait("Category", "InProcess")]
public sealed class FunctionAppPlanTests
{
    private static RouteEntry Route(string pattern, SegmentConfig? config = null, params HttpVerb[] verbs)
    {
        var p = RoutePattern.Parse(pattern);
        return new RouteEntry(p, RouteFileKind.Route, $"app{pattern}/route.cs", config ?? SegmentConfig.Default,
            verbs.Select(v => new RouteFunction($"{p.FunctionBaseName}_{v}", v, (_, _) => default)).ToList());
    }

    private static FunctionAppManifest Manifest(params RouteEntry[] routes) => new(routes, null, "test");

    [Fact]
    public void RootRouteMatchesOnlyTheRootAndDoesNotConflictWithTheFallback()
    {
        var plan = FunctionAppPlan.Create(Manifest(Route("/", null, HttpVerb.GET, HttpVerb.POST)));
        Assert.Equal(["r0_index_GET", "r0_index_POST", FunctionAppPlan.FallbackName], plan.Select(f => f.Name));
        Assert.All(plan.Take(2), f => Assert.Equal(FunctionAppPlan.RootRoute, f.Route));
        Assert.False(HostRouteRules.RoutesConflict(FunctionAppPlan.RootRoute, ["get", "head"], "{*path}", null));
    }

    [Fact]
    public void RootOptionalCatchAllNamedPathMakesTheFallbackRenameItsParameter()
    {
        var plan = FunctionAppPlan.Create(Manifest(Route("/[[...path]]", null, HttpVerb.GET)));
        Assert.Equal("{*path}", plan[0].Route);
        Assert.Equal("{*path1}", plan[^1].Route);
        Assert.Empty(FunctionAppPlan.Validate(plan));
    }

    [Fact]
    public void ExportedHeadKeepsGetWithoutHead()
    {
        var plan = FunctionAppPlan.Create(Manifest(Route("/a", null, HttpVerb.GET, HttpVerb.HEAD)));
        Assert.Equal(["get"], plan.Single(f => f.Name.EndsWith("_GET")).Methods!);
        Assert.Equal(["head"], plan.Single(f => f.Name.EndsWith("_HEAD")).Methods!);
    }

    [Fact]
    public void TypedSegmentsCarryTheHostConstraintWhereTheHostHasOne()
    {
        var route = Route("/shop/[id]/[day]/[...rest]", null, HttpVerb.GET);
        var typed = new RouteEntry(route.Pattern, route.Kind, route.SourceFile, route.Config, route.Functions)
        {
            Constraints =
            [
                new("id", "System.Guid", "guid", static v => Guid.TryParse(v, out _)),
                new("day", "System.DateOnly", null, static v => DateOnly.TryParse(v, out _)),
            ],
        };

        var plan = FunctionAppPlan.Create(Manifest(typed));

        Assert.Equal("shop/{id:guid}/{day}/{*rest}", plan[0].Route);
        Assert.Empty(FunctionAppPlan.Validate(plan));
    }

    [Fact]
    public void AuthLevelComesFromSegmentConfig()
    {
        var plan = FunctionAppPlan.Create(Manifest(Route("/secret", new SegmentConfig { AuthLevel = "function" }, HttpVerb.GET)));
        Assert.Equal("function", plan[0].AuthLevel);
        Assert.Equal("anonymous", plan[^1].AuthLevel);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/administrator")]
    [InlineData("/runtime/x")]
    [InlineData("/RuntimeInfo")]
    public void ReservedPrefixesAreRefused(string pattern)
    {
        var e = Assert.Throws<FunctionAppLayoutException>(() => FunctionAppPlan.Create(Manifest(Route(pattern, null, HttpVerb.GET))));
        Assert.Contains(DiagnosticIds.ReservedRoutePrefix, e.Message);
        Assert.Contains(pattern, e.Message);
    }

    [Fact]
    public void TheCommandExitsNonZeroWithTheReasonOnAReservedRoute()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var output = Path.Combine(Path.GetTempPath(), "sls-never-written-" + Guid.NewGuid());
        var code = FunctionsLayoutCommand.Run(Manifest(Route("/admin", null, HttpVerb.GET)), [output], stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("admin", stderr.ToString());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void ConflictRuleMatchesTheHost()
    {
        Assert.True(HostRouteRules.RoutesConflict("api/users", ["get"], "/API/users/", ["get", "head"]));
        Assert.False(HostRouteRules.RoutesConflict("api/users", ["get", "head"], "api/users", ["post"]));
        Assert.True(HostRouteRules.RoutesConflict("api/users", ["post"], "api/users", null));
        Assert.False(HostRouteRules.RoutesConflict("api/{id}", null, "api/me", null));
        Assert.False(HostRouteRules.IsValidFunctionName("host"));
        Assert.False(HostRouteRules.IsValidFunctionName("1abc"));
        Assert.False(HostRouteRules.IsValidFunctionName("a" + new string('b', 128)));
    }
}
