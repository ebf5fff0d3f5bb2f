using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// <c>NextResponse.Redirect</c> from middleware over a real socket (FINDINGS §6). A location on the request's own origin
/// is sent relative, as <c>next start</c> sends it (recorded with <c>-H localhost</c>: tests/conformance/edge-cases.json).
/// </summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareRedirectTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(ScenarioApp.Middleware()));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Redirect_Default_Is307WithRelativeLocationAndUrlBody()
    {
        var response = await _app.Client.GetAsync("/about/old?x=1");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("/about/new", response.Headers.Location?.OriginalString);
        Assert.Equal("/about/new", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Refresh"));
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task Redirect_308_AddsRefreshHeader()
    {
        var response = await _app.Client.GetAsync("/about/perm");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/about/new", response.Headers.Location?.OriginalString);
        Assert.Equal("0;url=/about/new", response.Header("Refresh"));
    }

    [Fact]
    public async Task Redirect_OnHead_HasLocationAndNoBody()
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/about/old"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("/about/new", response.Headers.Location?.OriginalString);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
