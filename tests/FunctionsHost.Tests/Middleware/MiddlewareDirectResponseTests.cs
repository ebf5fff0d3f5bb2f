using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>A response returned by middleware is sent as is; routing and the function do not run (FINDINGS §6).</summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareDirectResponseTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(ScenarioApp.Middleware()));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/about/whoami")] // no such route
    [InlineData("/gone/direct")] // no such route either, under a prefix that 404s otherwise
    public async Task DirectResponse_WhereNoRouteExists_IsSentAsIs(string path)
    {
        var response = await _app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("middleware", (string?)(await response.JsonAsync())["from"]);
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task DirectResponse_OverExistingRoute_SkipsTheFunction()
    {
        var response = await _app.Client.GetAsync("/api/secure/data");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Header("x-handler"));
        Assert.Equal("unauthorized", (string?)(await response.JsonAsync())["error"]);
    }

    [Fact]
    public async Task DirectResponse_Condition_Unmet_ReachesTheFunction()
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/api/secure/data", ("authorization", "Bearer zz")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo", response.Header("x-handler"));
        Assert.Equal("Bearer zz", (string?)(await response.JsonAsync())["headers"]!["authorization"]);
    }
}
