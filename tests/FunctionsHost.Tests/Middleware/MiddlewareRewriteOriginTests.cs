using System.Net;
using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// A rewrite to another origin is proxied only to hosts in <c>Nextfunc:Rewrites:AllowedHosts</c>;
/// anything else fails closed: 500, empty body, logged.
/// </summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareRewriteOriginTests : IAsyncLifetime
{
    private readonly LogSink _logs = new();
    private OtherOrigin _other = null!;
    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        _other = await OtherOrigin.StartAsync();
        var middleware = new TestMiddleware(request =>
        {
            var target = request.NextUrl.Pathname switch
            {
                "/about/proxy" => new Uri(_other.Address, "/landing?x=1").AbsoluteUri,
                _ => "http://localhost:1/landing", // loopback, but another port and not allowed
            };
            var res = NextResponse.Rewrite(target);
            res.Headers.Set("x-mw", "1");
            return res;
        }, "/about/:path*");
        _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(middleware), b =>
        {
            b.Configuration["Nextfunc:Rewrites:AllowedHosts"] = "example.org, " + _other.Address.Authority;
            b.Logging.AddProvider(_logs);
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _other.DisposeAsync();
    }

    [Fact]
    public async Task RewriteToOtherOrigin_NotAllowed_Is500EmptyAndLogged()
    {
        var response = await _app.Client.GetAsync("/about/elsewhere");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Header("x-origin"));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("http://localhost:1") && e.Message.Contains("AllowedHosts"));
    }

    [Fact]
    public async Task RewriteToOtherOrigin_Allowed_IsProxied_ClientUrlUnchanged()
    {
        var response = await _app.Client.GetAsync("/about/proxy?orig=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("origin:GET /landing?x=1", await response.Content.ReadAsStringAsync());
        Assert.Equal("other", response.Header("x-origin"));
        Assert.Null(response.Headers.Location);
        Assert.Equal("1", response.Header("x-mw"));
    }

    [Fact]
    public async Task RewriteToOtherOrigin_Allowed_ForwardsMethod()
    {
        var response = await _app.Client.PostAsync("/about/proxy", new StringContent("b"));

        Assert.Equal("origin:POST /landing?x=1", await response.Content.ReadAsStringAsync());
    }
}
