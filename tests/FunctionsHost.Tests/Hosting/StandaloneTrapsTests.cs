using System.Net;
using Nextfunc.Routing;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Hosting;

/// <summary>
/// Standalone on Kestrel, where no Functions host checks keys or forwards: function-level routes are checked against the
/// keys the app configures (and listed as open at start-up when it configures none); the URL a handler sees is Next's
/// localhost unless the app trusts a proxy's forwarded headers.
/// </summary>
[Trait("Category", "Functional")]
public sealed class StandaloneTrapsTests
{
    // An app like the sample: /api/admin/stats at AuthLevel function; middleware rewrites /api/stats to it and redirects
    // /api/people; a handler redirects /api/moved (a handler's Location stays absolute, a middleware's same-origin one is made relative).
    private static FunctionAppManifest App() => new ManifestBuilder("traps-" + Guid.NewGuid().ToString("N"))
        .Route("app/api/admin/stats/route.cs", "/api/admin/stats", authLevel: "function")
            .Function("r111_api_admin_stats_GET", "GET", static i => new(NextResponse.Text("stats")))
        .Route("app/api/moved/route.cs", "/api/moved")
            .Function("r11_api_moved_GET", "GET", static i => new(NextResponse.Redirect(new Uri(i.Request.Url, "/api/users"), 308)))
        .Middleware("middleware.cs", static request => new(request.NextUrl.Pathname switch
        {
            "/api/stats" => NextResponse.Rewrite(new Uri(request.Url, "/api/admin/stats")),
            "/api/people" => NextResponse.Redirect(new Uri(request.Url, "/api/users"), 308),
            _ => NextResponse.Next(),
        }), everyPath: true)
        .Build();

    private static async Task<HttpResponseMessage> GetAsync(AppUnderTest app, string path, string? key = null, params (string, string)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await app.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/admin/stats")]
    [InlineData("/api/stats")]
    public async Task WithKeysConfigured_AFunctionLevelRoute_NeedsOne(string path)
    {
        // Arrange
        await using var app = await AppUnderTest.StartAsync(App(), b => b.Configuration["Nextfunc:Keys:Function"] = "app-key");

        // Act
        using var without = await GetAsync(app, path);
        using var withCode = await app.Client.GetAsync(path + "?code=app-key");
        using var withWrong = await GetAsync(app, path, key: "nope");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrong.StatusCode);
    }

    [Fact]
    public async Task WithoutKeys_FunctionLevelRoutesAreOpen_AndTheStartSaysWhichOnes()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await GetAsync(app, "/api/admin/stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GET /api/admin/stats (function, app/api/admin/stats/route.cs)", app.Output);
        Assert.Contains("Nextfunc__Keys__Function", app.Output);
    }

    [Fact]
    public async Task RedirectFromRequestUrl_IsNextsLocalhost_WhateverTheForwardedHeadersSay()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await GetAsync(app, "/api/moved", null, ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"));

        Assert.Equal($"https://localhost:{app.BaseAddress.Port}/api/users", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task WithTrustForwardedHeaders_RedirectFromRequestUrl_IsTheProxysClientUrl()
    {
        await using var app = await AppUnderTest.StartAsync(App(), b => b.Configuration["Nextfunc:TrustForwardedHeaders"] = "true");

        using var response = await GetAsync(app, "/api/moved", null, ("X-Forwarded-Host", "app.example.com"), ("X-Forwarded-Proto", "https"));

        Assert.Equal("https://app.example.com/api/users", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AMiddlewareRedirectOnTheRequestsOrigin_IsRelative_SoNoProxyCanMakeItPointElsewhere()
    {
        // As next start answers (tests/conformance/edge-cases.json, recorded with -H localhost): the browser resolves it
        // against the URL it used, whatever origin the app believes it has.
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await GetAsync(app, "/api/people", null, ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/users", response.Headers.Location!.OriginalString);
        Assert.Equal("/api/users", await response.Content.ReadAsStringAsync());
    }
}
