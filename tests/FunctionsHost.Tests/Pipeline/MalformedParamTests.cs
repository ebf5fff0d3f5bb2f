using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// A param that is not valid percent-encoded UTF-8 (tests/conformance/edge-cases.json, tag malformed-path): the
/// middleware runs, then routing answers Next's 400 HTML page, and nothing the middleware set reaches it.
/// </summary>
[Trait("Category", "Functional")]
public sealed class MalformedParamTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(_middleware));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/users/%ff")]
    [InlineData("/api/users/%c0%af")]
    [InlineData("/plain/%ff")]
    public async Task MalformedParam_Is400HtmlPage_WithoutTheMiddlewaresHeaders(string path)
    {
        var response = await _app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("400: Bad Request", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Header("x-mw"));
    }

    [Fact]
    public async Task MalformedParam_TheMiddlewareStillRan()
    {
        await _app.Client.GetAsync("/api/users/%ff");

        Assert.Contains("GET /api/users/%ff", _middleware.Runs);
    }

    [Theory]
    [InlineData("PROPFIND", true)]  // decoded before the method is looked at
    [InlineData("OPTIONS", false)]  // Next.js sends the 400 without a body or content type
    [InlineData("HEAD", false)]
    public async Task MalformedParam_AnyMethod_Is400(string method, bool hasBody)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/users/%ff"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(hasBody, (await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
