using Nextfunc.Tests.Shared.HostRouting;

namespace Nextfunc.WorkerHost.Tests.HostRouting;

/// <summary>Inline route constraints and defaults, evaluated by ASP.NET Core's own resolver as the host's routes do.</summary>
[Trait("Category", "InProcess")]
public sealed class HostRouteConstraintTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/x", false)]
    [InlineData("/api", false)]
    public void AnOptionalParameterOfLengthZeroMatchesOnlyTheRoot(string path, bool matches) =>
        Assert.Equal(matches, HostFunction.Create("root", "{_:length(0)?}", ["get"], "anonymous").Matches("GET", path));

    [Theory]
    [InlineData("/items/42", true)]
    [InlineData("/items/abc", false)]
    public void AnIntConstraintRejectsOtherSegments(string path, bool matches) =>
        Assert.Equal(matches, HostFunction.Create("item", "items/{id:int}", null, "anonymous").Matches("GET", path));

    [Theory]
    [InlineData("/aaa", true)]
    [InlineData("/ab", false)]
    public void RegexConstraintsResolveToo(string path, bool matches) =>
        Assert.Equal(matches, HostFunction.Create("r", "{name:regex(^a+$)}", null, "anonymous").Matches("GET", path));

    [Fact]
    public void AConstraintFailureFallsThroughToTheNextFunction()
    {
        var table = HostRouteTable.InHostOrder([
            HostFunction.Create("a_item", "items/{id:int}", null, "anonymous"),
            HostFunction.Create("b_slug", "items/{slug}", null, "anonymous")]);
        Assert.Equal("b_slug", table.Match("GET", "/items/abc")?.Name);
    }

    [Fact]
    public void RouteValuesIncludeTemplateDefaults()
    {
        var table = HostRouteTable.InHostOrder([HostFunction.Create("greet", "greet/{id:int}/{name=world}", null, "anonymous")]);
        Assert.NotNull(table.Match("GET", "/greet/7", out var values));
        Assert.Equal("7", values["id"]);
        Assert.Equal("world", values["name"]);
    }
}
