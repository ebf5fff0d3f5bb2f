using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// A typed route param (<c>GET(int id)</c>) over a real socket: a value that does not convert is the app's 404 page
/// before the handler or the output cache runs, so a cached route never renders or stores it.
/// </summary>
[Trait("Category", "Functional")]
public sealed class TypedParamTests
{
    private int _renders;

    private RouteEntry Items(SegmentConfig? config) =>
        new(RoutePattern.Parse("/items/[id]"), RouteFileKind.Route, "app/items/[id]/route.cs", config ?? SegmentConfig.Default,
            [new("r12_items_id_GET", HttpVerb.GET, (_, route) => new(NextResponse.Text($"item {RouteParamValue.Parse<int>(route.Params["id"]) * 2} {Interlocked.Increment(ref _renders)}")))])
        {
            Constraints = [new("id", "int", "int", static v => RouteParamValue.IsValid<int>(v))],
        };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValueThatDoesNotConvert_IsTheNotFoundPage_AndNothingRuns(bool cached)
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Items(cached ? new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic } : null)]));

        foreach (var path in new[] { "/items/abc", "/items/1.5", "/items/99999999999" })
        {
            var response = await app.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("This page could not be found", await response.Content.ReadAsStringAsync());
            Assert.False(response.Headers.Contains("x-nextjs-cache"));
        }
        Assert.Equal(0, _renders);

        var ok = await app.Client.GetAsync("/items/21");
        Assert.Equal("item 42 1", await ok.Content.ReadAsStringAsync());
    }
}
