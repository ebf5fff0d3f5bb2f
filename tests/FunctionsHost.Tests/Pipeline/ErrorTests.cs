using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>Failures become 500s with empty bodies; navigation helpers and unknown paths answer as Next.js does.</summary>
[Trait("Category", "Functional")]
public sealed class ErrorTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/throws", null, (HttpVerb.GET, Throws)),
        Route("/null", null, (HttpVerb.GET, _ => new((IResult?)null))),
        Route("/not-found", null, (HttpVerb.GET, _ => { Navigation.NotFound(); return default; })),
        Route("/redirect", null, (HttpVerb.GET, _ => { Navigation.Redirect("/target"); return default; })),
        Route("/permanent", null, (HttpVerb.GET, _ => { Navigation.PermanentRedirect("/target"); return default; })),
        Route("/users/[id]", null, (HttpVerb.GET, i => new(NextResponse.Text(i.Context.Params["id"])))),
    ]));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static ValueTask<IResult?> Throws(RouteInvocation _) =>
        throw new InvalidOperationException("boom with a secret stack");

    [Theory]
    [InlineData("/throws")]
    [InlineData("/null")]
    public async Task HandlerFailure_Is500WithEmptyBodyAndNoContentType(string path)
    {
        var response = await _app.Client.GetAsync(path);

        await response.AssertEmpty500Async();
    }

    [Theory]
    [InlineData("/redirect", 307)]
    [InlineData("/permanent", 308)]
    public async Task NavigationRedirects_KeepRelativeLocationAndEmptyBody(string path, int status)
    {
        var response = await _app.Client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("/target", response.Headers.Location?.OriginalString);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task NotFoundHelper_Is404WithEmptyBody()
    {
        var response = await _app.Client.GetAsync("/not-found");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnknownPath_Is404HtmlPageWithNoStore()
    {
        var response = await _app.Client.GetAsync("/missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/users/1/", "/users/1")]
    [InlineData("/users/1/?q=2", "/users/1?q=2")]
    [InlineData("//users/1", "/users/1")]
    [InlineData("/users//1", "/users/1")]
    public async Task TrailingOrRepeatedSlash_Is308ToNormalisedPath_KeepingQuery(string path, string location)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_app.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + path)));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.Equal("0;url=" + location, response.Headers.GetValues("Refresh").Single());
    }

    [Fact]
    public async Task MalformedPercentEncodingInParam_Is400()
    {
        var response = await _app.Client.GetAsync("/users/%E0%A4%A");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
