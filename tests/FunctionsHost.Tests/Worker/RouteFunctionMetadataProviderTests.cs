using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Nextfunc.FunctionApp;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Worker;
using NSubstitute;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Worker;

/// <summary>
/// What the worker reports for a Nextfunc app: the route functions in the shape the host reads (an
/// httpTrigger with route, methods and authLevel, an http return), after the app's own [Function]s.
/// (That a real worker reports and runs them is proved end to end in tests/WorkerHost.Tests.)
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RouteFunctionMetadataProviderTests
{
    private static readonly FunctionAppManifest Manifest = new(
    [
        Route("/api/users/[id]", new SegmentConfig { AuthLevel = "function" }, (HttpVerb.GET, _ => new((IResult?)null)), (HttpVerb.DELETE, _ => new((IResult?)null))),
    ], null, "build");

    [Fact]
    public async Task EachRouteFunction_IsAnHttpTriggerWithTheHostsRouteMethodsAndAuthLevel()
    {
        var functions = await new RouteFunctionMetadataProvider(Manifest, null).GetFunctionMetadataAsync("/app");

        var get = functions.Single(f => f.Name == "r112_api_users_id_GET");
        var trigger = JsonNode.Parse(get.RawBindings![0])!;
        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("In", (string?)trigger["direction"]);
        Assert.Equal("api/users/{id}", (string?)trigger["route"]);
        Assert.Equal(["get", "head"], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("function", (string?)trigger["authLevel"]);
        Assert.Equal("http", (string?)JsonNode.Parse(get.RawBindings[1])!["type"]);
        Assert.Equal("Nextfunc.dll", get.ScriptFile);

        var fallback = JsonNode.Parse(functions.Single(f => f.Name == FunctionAppPlan.FallbackName).RawBindings![0])!;
        Assert.Null(fallback["methods"]); // every method
        Assert.Equal(["r112_api_users_id_DELETE", "r112_api_users_id_GET", FunctionAppPlan.FallbackName], functions.Select(f => f.Name!).Order());
    }

    [Fact]
    public async Task TheAppsOwnFunctions_AreKept_BeforeTheRouteFunctions()
    {
        var sdk = Substitute.For<IFunctionMetadataProvider>();
        sdk.GetFunctionMetadataAsync("/app").Returns([new DefaultFunctionMetadata { Name = "NightlyCleanup" }]);

        var functions = await new RouteFunctionMetadataProvider(Manifest, sdk).GetFunctionMetadataAsync("/app");

        Assert.Equal("NightlyCleanup", functions[0].Name);
        Assert.Equal(4, functions.Length);
    }

    [Fact]
    public async Task AnOwnFunctionNamedLikeARouteFunction_IsRefusedWithTheFix()
    {
        var sdk = Substitute.For<IFunctionMetadataProvider>();
        sdk.GetFunctionMetadataAsync(Arg.Any<string>()).Returns(ImmutableArray.Create<IFunctionMetadata>(new DefaultFunctionMetadata { Name = "R112_api_users_id_GET" }));

        var error = await Assert.ThrowsAsync<FunctionAppLayoutException>(() => new RouteFunctionMetadataProvider(Manifest, sdk).GetFunctionMetadataAsync("/app"));

        Assert.Contains("[Function(\"R112_api_users_id_GET\")]", error.Message);
        Assert.Contains("rename it", error.Message);
    }
}
