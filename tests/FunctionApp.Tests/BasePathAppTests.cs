using System.Text.Json.Nodes;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Apps;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// tests/BasePathConformanceApp beyond its recorded cases. What next.config.cs adds is visible where users look: the
/// <c>routes</c> command lists every redirect and rewrite (headers noted) and the routes under basePath; the OpenAPI
/// document, served under basePath, has basePath as its server, the trailing-slash paths, and the rules under
/// <c>x-next-config</c>. The output cache keys a route under basePath by its page path.
/// </summary>
[Trait("Category", "Functional")]
public sealed class BasePathAppTests
{
    private static readonly string App = TestPaths.TestApp("BasePathConformanceApp");

    [Fact]
    public async Task TheRoutesCommand_ListsTheRules_AndTheRoutesUnderBasePath()
    {
        var (code, output) = await ProcessRunner.RunAsync("dotnet", App, "routes");

        Assert.True(code == 0, output);
        Assert.Contains("/docs/api/where ", output);
        Assert.Contains("next.config.cs (basePath /docs, trailingSlash):", output);
        Assert.Matches(@"redirect 307\s+/docs/old/:slug\s+-> /docs/api/params/:slug", output);
        Assert.Matches(@"redirect 307\s+/outside\s+-> /docs/api/params/from-outside", output);
        Assert.Matches(@"headers\s+/docs/api/:path\*\s+sets x-config-api", output);
        Assert.Matches(@"rewrite afterFiles\s+/docs/blog/:slug\s+-> /docs/api/params/blog/:slug", output);
    }

    [Fact]
    public async Task TheOpenApiDocument_IsServedUnderBasePath_WithTheConfigsRules()
    {
        await using var app = await AppUnderTest.StartProcessAsync(App, new Dictionary<string, string> { ["Nextfunc__OpenApi__Enabled"] = "true" });

        using var outside = await app.Client.GetAsync("/openapi.json");
        var document = JsonNode.Parse(await app.Client.GetStringAsync("/docs/openapi.json"))!;

        Assert.Equal(404, (int)outside.StatusCode);
        Assert.Equal("/docs", (string?)document["servers"]![0]!["url"]);
        Assert.NotNull(document["paths"]!["/api/where/"]);
        Assert.Null(document["paths"]!["/api/where"]);
        var config = document["x-next-config"]!;
        Assert.Contains(config["redirects"]!.AsArray(), r => (string?)r!["source"] == "/docs/old/:slug" && (int?)r["statusCode"] == 307);
        Assert.Contains(config["rewrites"]!.AsArray(), r => (string?)r!["destination"] == "/docs/api/params/blog/:slug" && (string?)r["phase"] == "afterFiles");
        Assert.Contains(config["headers"]!.AsArray(), r => (string?)r!["headers"]![0] == "x-config-api");
    }

    [Fact]
    public async Task ACachedRouteUnderBasePath_IsKeyedByItsPagePath_SoRevalidatePathWithoutBasePathFindsIt()
    {
        await using var app = await AppUnderTest.StartProcessAsync(App, new Dictionary<string, string> { ["Nextfunc__Cache__Store"] = "Memory" });

        var first = JsonNode.Parse(await app.Client.GetStringAsync("/docs/api/cached/"))!;
        var again = JsonNode.Parse(await app.Client.GetStringAsync("/docs/api/cached/"))!;
        using var revalidate = await app.Client.PostAsync("/docs/api/cached/", null);
        var after = JsonNode.Parse(await app.Client.GetStringAsync("/docs/api/cached/"))!;

        Assert.Equal("/api/cached", (string?)first["pathname"]);
        Assert.Equal((int)first["render"]!, (int)again["render"]!);
        Assert.True(revalidate.IsSuccessStatusCode);
        Assert.Equal((int)first["render"]! + 1, (int)after["render"]!);
    }
}
