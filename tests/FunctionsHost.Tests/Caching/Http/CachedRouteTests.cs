using System.Net;
using System.Net.Http.Headers;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>Prerendered GETs over a real socket: headers, ETag/304, HEAD, what is never cached (FINDINGS §5, issue semantics).</summary>
[Trait("Category", "Functional")]
public sealed class CachedRouteTests : IAsyncLifetime
{
    private static readonly SegmentConfig ForceStatic = new() { Dynamic = DynamicBehavior.ForceStatic };
    private int _renders;
    private int _posts;
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/static", ForceStatic,
            (HttpVerb.GET, i => new(NextResponse.Text($"render {Interlocked.Increment(ref _renders)} query='{i.Request.NextUrl.Search}' header='{i.Request.Headers.Get("x-custom")}' cookies={i.Request.Cookies.Count}"))),
            (HttpVerb.POST, _ => new(NextResponse.Text($"post {Interlocked.Increment(ref _posts)}")))),
        Route("/isr", new SegmentConfig { Revalidate = 60 }, (HttpVerb.GET, _ => new(NextResponse.Text("isr")))),
        Route("/sets-cookie", ForceStatic, (HttpVerb.GET, _ =>
        {
            var response = NextResponse.Text($"cookie {Interlocked.Increment(ref _renders)}");
            response.Cookies.Set("session", "x");
            return new(response);
        })),
        Route("/fails", ForceStatic, (HttpVerb.GET, _ => new(NextResponse.Text($"fail {Interlocked.Increment(ref _renders)}", 503)))),
    ]));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ForceStatic_RendersOnce_WithoutTheLiveRequest_AndServesTheSameBytesWithOneYearSMaxAge()
    {
        var first = new HttpRequestMessage(HttpMethod.Get, "/static?x=1");
        first.Headers.Add("x-custom", "live");
        first.Headers.Add("cookie", "a=1");
        var one = await _app.Client.SendAsync(first);
        var two = await _app.Client.GetAsync("/static?y=2");

        Assert.Equal("render 1 query='' header='' cookies=0", await one.Content.ReadAsStringAsync());
        Assert.Equal(await one.Content.ReadAsStringAsync(), await two.Content.ReadAsStringAsync());
        Assert.Equal("s-maxage=31536000", one.Headers.CacheControl?.ToString());
        Assert.Equal(1, _renders);
    }

    [Fact]
    public async Task Revalidate_SetsSMaxAgeAndStaleWhileRevalidateOfOneYearMinusN()
    {
        var response = await _app.Client.GetAsync("/isr");

        Assert.Equal("s-maxage=60, stale-while-revalidate=31535940", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task CachedEntry_HasStrongETag_AndMatchingIfNoneMatchIs304()
    {
        var first = await _app.Client.GetAsync("/static");
        var etag = first.Headers.ETag;
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/static");
        conditional.Headers.IfNoneMatch.Add(etag!);
        var second = await _app.Client.SendAsync(conditional);

        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_IsServedFromTheSameEntry_WithoutBody()
    {
        var get = await _app.Client.GetAsync("/static");
        var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/static"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, _renders);
    }

    [Fact]
    public async Task PostBesideACachedGet_IsNeverCached_AndDoesNotStopTheGetFromBeingCached()
    {
        var p1 = await (await _app.Client.PostAsync("/static", null)).Content.ReadAsStringAsync();
        var p2 = await (await _app.Client.PostAsync("/static", null)).Content.ReadAsStringAsync();
        var g1 = await _app.Client.GetAsync("/static");
        await _app.Client.GetAsync("/static");

        Assert.NotEqual(p1, p2);
        Assert.Equal("s-maxage=31536000", g1.Headers.CacheControl?.ToString());
        Assert.Equal(1, _renders);
    }

    [Theory]
    [InlineData("/sets-cookie")]
    [InlineData("/fails")]
    public async Task ResponsesThatSetCookiesOrAreNot200_AreServedButNeverStored(string path)
    {
        var first = await _app.Client.GetAsync(path);
        var second = await _app.Client.GetAsync(path);

        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("s-maxage", first.Headers.CacheControl?.ToString() ?? "");
        Assert.Equal(2, _renders);
    }
}
