using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Template;
using Nextfunc.FunctionApp;
using Nextfunc.FunctionApp.Tests.Harness;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using Nextfunc.Tests.Shared.HostRouting;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>The emitted folder against the documented host rules, and host routing order against Next.js precedence.</summary>
[Trait("Category", "Functional")]
public sealed class LayoutValidationTests(SampleLayoutFixture fixture) : IClassFixture<SampleLayoutFixture>
{
    private string Dir => fixture.Layout.Directory;

    private IEnumerable<(string Name, JsonObject Json)> FunctionJsons() =>
        Directory.EnumerateDirectories(Dir)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => (Path.GetFileName(d), JsonNode.Parse(File.ReadAllText(Path.Combine(d, "function.json")))!.AsObject()));

    [Fact]
    public void HostJsonTurnsOnProxyingWithoutPrefix()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(Dir, "host.json")))!;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.True((bool)host["customHandler"]!["enableProxyingHttpRequest"]!);
        Assert.Null(host["customHandler"]!["enableForwardingHttpRequest"]);
        Assert.Equal("", (string?)host["extensions"]!["http"]!["routePrefix"]);
        Assert.Equal("dotnet", (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.Equal("SampleApp.dll", (string?)host["customHandler"]!["description"]!["arguments"]![0]);
        Assert.True(File.Exists(Path.Combine(Dir, "SampleApp.dll")), "the app files sit next to host.json");
        // The app's own settings survive the merge.
        Assert.Equal("Warning", (string?)host["logging"]!["logLevel"]!["Microsoft.AspNetCore"]);
    }

    [Fact]
    public void EveryFunctionFollowsTheSchemaRules()
    {
        var functions = FunctionJsons().ToList();
        Assert.Equal(SampleApp.GeneratedFunctions.Manifest.Functions.Count() + 1, functions.Count);
        foreach (var (name, json) in functions)
        {
            Assert.True(HostRouteRules.IsValidFunctionName(name), name);
            var bindings = json["bindings"]!.AsArray();
            Assert.Equal(2, bindings.Count);
            var trigger = bindings.Single(b => (string?)b!["type"] == "httpTrigger")!;
            var output = bindings.Single(b => (string?)b!["type"] == "http")!;
            Assert.Equal("in", (string?)trigger["direction"]);
            Assert.Equal(("out", "res"), ((string?)output["direction"], (string?)output["name"]));
            Assert.Contains((string)trigger["authLevel"]!, SegmentConfig.AuthLevels);
            var route = (string?)trigger["route"];
            Assert.False(string.IsNullOrWhiteSpace(route), $"{name}: an empty route would mean the function name");
            Assert.False(HostRouteRules.IsReservedRoute(route!), name);
            TemplateParser.Parse(route!); // the host would fail on a template ASP.NET Core cannot parse
            foreach (var m in trigger["methods"]?.AsArray() ?? [])
                Assert.Equal(((string)m!).ToLowerInvariant(), (string)m!);
        }
    }

    [Fact]
    public void GetFunctionsAlsoTakeHeadAndOnlyTheFallbackTakesEveryMethod()
    {
        foreach (var (route, function) in SampleApp.GeneratedFunctions.Manifest.Functions)
        {
            var methods = fixture.Layout.Functions.Single(f => f.Name == function.Name).Methods!;
            var verb = function.Verb.ToString().ToLowerInvariant();
            Assert.Equal(function.Verb == HttpVerb.GET && route.Find(HttpVerb.HEAD) is null ? [verb, "head"] : new[] { verb }, methods);
        }
        Assert.Equal(FunctionAppPlan.FallbackName, fixture.Layout.Functions[^1].Name);
        Assert.Null(fixture.Layout.Functions[^1].Methods);
        Assert.Single(fixture.Layout.Functions, f => f.Methods is null);
    }

    [Fact]
    public void NoTwoFunctionsConflictAndTheFallbackSortsLast()
    {
        var table = HostRouteTable.Load(Dir);
        Assert.Empty(FunctionAppPlan.Validate(fixture.Layout.Functions));
        Assert.Equal(FunctionAppPlan.FallbackName, table.Functions[^1].Name);
        Assert.Equal(fixture.Layout.Functions.Select(f => f.Name), table.Functions.Select(f => f.Name));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api")]
    [InlineData("/api/users")]
    [InlineData("/api/users/me")]
    [InlineData("/api/users/42")]
    [InlineData("/api/users/me/extra")]
    [InlineData("/api/products")]
    [InlineData("/api/files/a")]
    [InlineData("/api/files/a/b/c.txt")]
    [InlineData("/api/files")]
    [InlineData("/docs")]
    [InlineData("/docs/a/b")]
    [InlineData("/nowhere/at/all")]
    public void HostOrderPicksTheRouteNextJsPrecedencePicks(string path)
    {
        var table = HostRouteTable.Load(Dir);
        var host = table.Match("GET", path);
        Assert.NotNull(host); // the fallback guarantees every request reaches our process

        if (SampleApp.GeneratedFunctions.Manifest.Table.Match(path, out var match) == RouteMatchStatus.Matched)
            Assert.Equal(match!.Route.Find(HttpVerb.GET)!.Name, host!.Name);
        else
            // Next.js serves no route here; whichever function the host picks, our process routes again and answers 404.
            // (ASP.NET Core catch-alls also match zero segments, so /api/files lands on the [...path] function.)
            Assert.True(host!.Name == FunctionAppPlan.FallbackName || host.Route.Contains("{*"), $"{path} -> {host.Name}");
    }

    [Theory]
    [InlineData("POST", "/api/users", "r11_api_users_POST")]
    [InlineData("HEAD", "/api/users", "r11_api_users_GET")]
    [InlineData("PUT", "/api/users", FunctionAppPlan.FallbackName)]
    [InlineData("OPTIONS", "/api/users/me", FunctionAppPlan.FallbackName)]
    [InlineData("DELETE", "/api/users/7", "r112_api_users_id_DELETE")]
    public void MethodsAreRouteConstraints(string method, string path, string expected) =>
        Assert.Equal(expected, HostRouteTable.Load(Dir).Match(method, path)?.Name);
}
