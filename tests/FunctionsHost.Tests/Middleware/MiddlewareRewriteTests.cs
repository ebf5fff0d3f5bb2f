using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>Same-origin <c>NextResponse.Rewrite</c>: dispatched in-process, the client URL unchanged (FINDINGS §6).</summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareRewriteTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(_middleware));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Rewrite_InProcess_ServesTargetStatusBodyAndParams_WithoutLocation()
    {
        var response = await _app.Client.GetAsync("/about/rewrite");

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("rewritten", (string?)body["id"]);
        Assert.Equal("/api/users/rewritten", (string?)body["path"]);
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task Rewrite_TargetSeesOnlyTheRewriteUrlsQuery()
    {
        var body = await (await _app.Client.GetAsync("/about/rewrite?orig=1&from=client")).JsonAsync();

        Assert.Equal("?from=mw", (string?)body["search"]);
    }

    [Fact]
    public async Task Rewrite_ToUnmatchedRoute_RunsMiddlewareOnce()
    {
        var response = await _app.Client.GetAsync("/about/rewrite-plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("target", (string?)(await response.JsonAsync())["id"]);
        Assert.Equal(["GET /about/rewrite-plain"], _middleware.Runs);
    }

    [Fact]
    public async Task Rewrite_ToMissingRoute_Is404Page()
    {
        var response = await _app.Client.GetAsync("/about/rewrite-missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task Rewrite_ToRouteTheMatcherMatches_RunsMiddlewareAgainForTarget()
    {
        // Next.js runs middleware a second time for a rewrite target its matcher matches; the second
        // run's answer applies, so the auth check on /api/secure cannot be skipped by rewriting into it.
        var response = await _app.Client.GetAsync("/about/rewrite-secure");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", (string?)(await response.JsonAsync())["error"]);
        Assert.Equal(["GET /about/rewrite-secure", "GET /api/secure/data"], _middleware.Runs);
    }

    [Fact]
    public async Task Rewrite_ToRouteTheMatcherMatches_SecondRunsHeadersWin()
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/about/rewrite-secure", ("authorization", "Bearer zz")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer zz", (string?)(await response.JsonAsync())["headers"]!["authorization"]);
        Assert.Equal("/api/secure/data", response.Header("x-mw-path"));
    }

    [Fact]
    public async Task Rewrite_LoopingIntoItself_StopsAfterMaxRunsWith500()
    {
        var response = await _app.Client.GetAsync("/about/loop");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Nextfunc.Pipeline.MiddlewareStage.MaxRuns, _middleware.Runs.Count);
    }
}
