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
    public async Task Rewrite_InProcess_ServesTargetStatusBodyAndParams_WithTheClientsPath()
    {
        var response = await _app.Client.GetAsync("/about/rewrite");

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("rewritten", (string?)body["id"]);
        Assert.Equal("/about/rewrite", (string?)body["path"]); // internal: the handler sees the request as the client sent it
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task Rewrite_HandlerSeesTheClientsQuery_NotTheRewriteUrls()
    {
        var body = await (await _app.Client.GetAsync("/about/rewrite?orig=1&from=client")).JsonAsync();

        Assert.Equal("?orig=1&from=client", (string?)body["search"]);
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
    public async Task Rewrite_ToRouteTheMatcherMatches_RunsMiddlewareOnce_SoTheTargetsBranchDoesNotApply()
    {
        // As next start and Vercel: middleware runs once per request; its /api/secure auth check is for requests to that path.
        var response = await _app.Client.GetAsync("/about/rewrite-secure");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((string?)(await response.JsonAsync())["headers"]!["authorization"]);
        Assert.Equal(["GET /about/rewrite-secure"], _middleware.Runs);
    }

    [Fact]
    public async Task Rewrite_TheOneRunsHeadersApply()
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/about/rewrite-secure", ("authorization", "Bearer zz")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer zz", (string?)(await response.JsonAsync())["headers"]!["authorization"]);
        Assert.Equal("/about/rewrite-secure", response.Header("x-mw-path"));
    }

    [Fact]
    public async Task Rewrite_ToItself_RunsOnceAndRoutesThePath()
    {
        // A middleware that ends in `return NextResponse.Rewrite(request.NextUrl)` is common; it must not loop.
        var response = await _app.Client.GetAsync("/about/loop");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // no route serves /about/loop
        Assert.Equal(["GET /about/loop"], _middleware.Runs);
    }
}
