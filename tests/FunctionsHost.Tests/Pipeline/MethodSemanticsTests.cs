using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>Next.js route-handler method semantics over a real socket (FINDINGS §1).</summary>
[Trait("Category", "Functional")]
public sealed class MethodSemanticsTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/only-get", null, (HttpVerb.GET, _ => new(NextResponse.Text("hello", headers: new() { ["x-handler"] = "only-get" })))),
        Route("/get-post", null,
            (HttpVerb.GET, _ => new(NextResponse.Text("g"))),
            (HttpVerb.POST, _ => new(NextResponse.Text("p")))),
        Route("/explicit", null,
            (HttpVerb.GET, _ => new(NextResponse.Text("g"))),
            (HttpVerb.HEAD, _ => new(NextResponse.Empty(200, new() { ["x-explicit-head"] = "yes" }))),
            (HttpVerb.OPTIONS, _ => new(NextResponse.Empty(200, new() { ["allow"] = "GET, X-CUSTOM" })))),
        Route("/post-only", null, (HttpVerb.POST, _ => new(NextResponse.Text("p")))),
        Route("/static", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, (HttpVerb.GET, _ => new(NextResponse.Text("s")))),
        Route("/static-post", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic },
            (HttpVerb.GET, _ => new(NextResponse.Text("s"))),
            (HttpVerb.POST, _ => new(NextResponse.Text("p")))),
    ]));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task UnexportedVerb_OnDynamicRoute_Is405WithEmptyBodyAndNoAllow()
    {
        var response = await _app.Client.PostAsync("/only-get", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Content.Headers.Contains("Allow"));
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("/only-get", "GET, HEAD, OPTIONS")]
    [InlineData("/get-post", "GET, HEAD, OPTIONS, POST")]
    [InlineData("/post-only", "OPTIONS, POST")]
    public async Task AutomaticOptions_Is204WithSortedAllow(string path, string allow)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, path));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task AutomaticHead_RunsGet_KeepsStatusAndHeaders_DropsBody()
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/only-get"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("only-get", response.Headers.GetValues("x-handler").Single());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ExportedHeadAndOptions_AreUsedAsWritten()
    {
        var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/explicit"));
        var options = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/explicit"));

        Assert.Equal("yes", head.Headers.GetValues("x-explicit-head").Single());
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal("GET, X-CUSTOM", string.Join(", ", options.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("PROPFIND")]
    [InlineData("TRACE")]
    [InlineData("FOO")]
    public async Task MethodsOutsideTheSeven_Are400WithEmptyBody(string method)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/get-post"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("OPTIONS")]
    [InlineData("DELETE")]
    public async Task PrerenderedRoute_OtherMethods_Are405MethodNotAllowedWithAllowGetAndHead(string method)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/static"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.ToArray());
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task CachedGetBesideAnotherVerb_OtherMethodsBehaveAsOnADynamicRoute()
    {
        // The GET stays cached (divergence from Next.js 15.3.4), but the file is not a prerendered
        // file: OPTIONS is automatic (oracle case static-with-post-options) and PUT is an empty 405.
        var options = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/static-post"));
        var put = await _app.Client.PutAsync("/static-post", null);
        var get = await _app.Client.GetAsync("/static-post");

        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS, POST", string.Join(", ", options.Content.Headers.Allow));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Empty(await put.Content.ReadAsByteArrayAsync());
        Assert.Equal("s-maxage=31536000", get.Headers.CacheControl?.ToString());
    }
}
