using Nextfunc.Tests.Shared.HostRouting;

namespace Nextfunc.WorkerHost.Tests.HostRouting;

/// <summary>Which function the host picks: name order, first match, methods as a constraint (shared with the custom-handler model).</summary>
[Trait("Category", "InProcess")]
public sealed class HostRouteOrderTests
{
    private static HostFunction F(string name, string route, params string[] methods) =>
        HostFunction.Create(name, route, methods.Length == 0 ? null : methods, "anonymous");

    [Fact]
    public void FunctionsAreTriedInOrdinalIgnoreCaseNameOrder()
    {
        // Upper-cased comparison: digits < letters < '_', so R111x sorts before R11_x and _x sorts last.
        var table = HostRouteTable.InHostOrder([F("_x", "a"), F("R11_x", "b"), F("b", "c"), F("R111x", "d"), F("a1", "e"), F("A", "f")]);
        Assert.Equal(["A", "a1", "b", "R111x", "R11_x", "_x"], table.Functions.Select(f => f.Name));
    }

    [Fact]
    public void TheFirstMatchInNameOrderWinsOverAMoreSpecificRoute()
    {
        var table = HostRouteTable.InHostOrder([F("b_users", "users"), F("a_catchall", "{*path}")]);
        Assert.Equal("a_catchall", table.Match("GET", "/users")?.Name);
    }

    [Fact]
    public void NoMatchingRouteIsTheHostsOwn404()
    {
        var table = HostRouteTable.InHostOrder([F("users", "users", "get")]);
        Assert.Null(table.Match("GET", "/products"));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("OPTIONS")]
    [InlineData("HEAD")] // HEAD is not implied by GET (host #11625)
    public void AMethodTheFunctionDoesNotListIs404(string method)
    {
        var table = HostRouteTable.InHostOrder([F("users", "users", "get")]);
        Assert.Null(table.Match(method, "/users"));
    }

    [Fact]
    public void AnUnlistedMethodFallsThroughToTheNextFunctionThatListsIt()
    {
        var table = HostRouteTable.InHostOrder([F("a_get", "users", "get"), F("b_post", "users", "post")]);
        Assert.Equal("b_post", table.Match("POST", "/users")?.Name);
        Assert.Equal("a_get", table.Match("get", "/users")?.Name);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public void NoMethodsMeansEveryMethod(string method) =>
        Assert.Equal("any", HostRouteTable.InHostOrder([F("any", "any")]).Match(method, "/any")?.Name);

    [Fact]
    public void MethodsAreComparedCaseInsensitively() =>
        Assert.NotNull(HostRouteTable.InHostOrder([F("users", "users", "Get")]).Match("GET", "/users"));

    [Fact]
    public void AnEmptyRouteIsTheFunctionName()
    {
        var function = HostFunction.Create("Hello", "", null, "anonymous", "api");
        Assert.True(function.Matches("GET", "/api/hello"));
        Assert.False(function.Matches("GET", "/api"));
    }
}
