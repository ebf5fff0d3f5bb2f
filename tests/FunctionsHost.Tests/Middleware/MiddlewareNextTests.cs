using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary><c>NextResponse.Next()</c>: response headers, request-header overrides and cookies (FINDINGS §6).</summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareNextTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(ScenarioApp.Middleware()));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Next_ResponseHeaders_AreMergedIntoRouteResponse()
    {
        var response = await _app.Client.GetAsync("/about/headers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo", response.Header("x-handler"));
        Assert.Equal("1", response.Header("x-mw"));
        Assert.Equal("/about/headers", response.Header("x-mw-path"));
        Assert.Equal("/about/headers", (string?)(await response.JsonAsync())["path"]);
    }

    [Fact]
    public async Task Next_ResponseHeaders_AreMergedInto404Page()
    {
        var response = await _app.Client.GetAsync("/gone/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", response.Header("x-mw"));
        Assert.Equal("/gone/nothing-here", response.Header("x-mw-path"));
    }

    [Fact]
    public async Task NextWithRequestHeaders_HandlerSeesSetOverriddenAndDeleted()
    {
        var request = Wire.Request(HttpMethod.Get, "/api/echo", ("x-client", "original"), ("x-remove-me", "bye"), ("x-kept", "k"));

        var body = await (await _app.Client.SendAsync(request)).JsonAsync();

        foreach (var view in new[] { "headers", "scopeHeaders" })
        {
            var headers = body[view]!.AsObject();
            Assert.Equal("injected", (string?)headers["x-from-mw"]);
            Assert.Equal("overridden", (string?)headers["x-client"]);
            Assert.Equal("k", (string?)headers["x-kept"]);
            Assert.False(headers.ContainsKey("x-remove-me"), view + " still has x-remove-me");
        }
    }

    [Fact]
    public async Task NextWithRequestHeaders_OverridesAreNotEchoed_ResponseHeadersAre()
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/api/echo", ("x-client", "original")));

        Assert.Null(response.Header("x-from-mw"));
        Assert.Null(response.Header("x-client"));
        Assert.Equal("yes", response.Header("x-response-from-mw"));
        Assert.DoesNotContain(response.HeaderNames(), n => n.StartsWith("x-middleware-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NextWithCookies_SetCookieLinesOnFinalResponse()
    {
        var response = await _app.Client.GetAsync("/about/cookie");

        var lines = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mw-cookie=chocolate; Path=/; HttpOnly", lines);
        var aged = Assert.Single(lines, l => l.StartsWith("mw-aged=1;", StringComparison.Ordinal));
        Assert.Contains("; Max-Age=60", aged);
        Assert.Matches(@"; Expires=\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT", aged);
    }
}
