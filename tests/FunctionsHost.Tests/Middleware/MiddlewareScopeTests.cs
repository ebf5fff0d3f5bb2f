using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>When middleware runs: every method, 404s included; never where the matcher does not match (FINDINGS §6).</summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareScopeTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(_middleware));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("HEAD", HttpStatusCode.OK)]
    [InlineData("OPTIONS", HttpStatusCode.NoContent)]
    [InlineData("POST", HttpStatusCode.OK)]
    [InlineData("DELETE", HttpStatusCode.MethodNotAllowed)]
    public async Task Middleware_RunsForEveryMethod(string method, HttpStatusCode status)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/echo"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("yes", response.Header("x-response-from-mw"));
        Assert.Equal([method + " /api/echo"], _middleware.Runs);
    }

    [Fact]
    public async Task Middleware_RunsOn404()
    {
        var response = await _app.Client.GetAsync("/api/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("1", response.Header("x-mw"));
        Assert.Equal(["GET /api/nothing"], _middleware.Runs);
    }

    [Theory]
    [InlineData("/plain/x", HttpStatusCode.OK)]
    [InlineData("/elsewhere", HttpStatusCode.NotFound)]
    [InlineData("/aboutx", HttpStatusCode.NotFound)]
    public async Task Middleware_MatcherNotMatching_DoesNotRun(string path, HttpStatusCode status)
    {
        var response = await _app.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Header("x-mw"));
        Assert.Empty(_middleware.Runs);
    }
}
