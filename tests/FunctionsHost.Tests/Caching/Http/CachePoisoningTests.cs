using System.Collections.Concurrent;
using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>
/// Cache poisoning replays over a real socket. CVE-2024-46982: a crafted request (x-now-route-matches,
/// __nextDataReq) made Next.js cache a route meant to be dynamic and send <c>s-maxage</c> to CDNs, caching one
/// user's answer for all. CVE-2025-49826: a 204 rendered for a revalidating page was stored and then served
/// to everyone (blank pages). Guards: the cache policy comes from the route's segment config only; a cached
/// render never sees the live request (the entry is keyed by path, so nothing unkeyed may shape it); only
/// 200s are stored; HEAD and conditional requests still store the full GET body.
/// </summary>
[Trait("Category", "Functional")]
public sealed class CachePoisoningTests : IAsyncLifetime
{
    private static readonly SegmentConfig ForceStatic = new() { Dynamic = DynamicBehavior.ForceStatic };
    private readonly ConcurrentDictionary<string, int> _renders = new();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/dynamic", null, (HttpVerb.GET, i => new(NextResponse.Text($"dynamic {Render("dynamic")}")))),
        Route("/static/[id]", ForceStatic, (HttpVerb.GET, i => new(NextResponse.Text(
            $"static {Render(i.Context.Params["id"])} query='{i.Request.NextUrl.Search}' header='{i.Request.Headers.Get("x-custom")}' " +
            $"cookies={i.Request.Cookies.Count} origin={i.Request.NextUrl.Origin}")))),
        Route("/flaky/[id]", ForceStatic, (HttpVerb.GET, NoContentFirst)),
        Route("/flaky-isr/[id]", new SegmentConfig { Revalidate = 60 }, (HttpVerb.GET, NoContentFirst)),
    ]));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // What Next.js and its proxies read as "this is a prerender / data / revalidation request".
    public static TheoryData<string> FrameworkHeaders => new()
    {
        "x-now-route-matches: 1", "x-nextjs-data: 1", "x-matched-path: /static/a", "x-invoke-path: /static/a", "x-middleware-prefetch: 1",
        "rsc: 1", "next-router-prefetch: 1", "purpose: prefetch", "x-prerender-revalidate: 1", "x-nextjs-stale-time: 1",
    };

    [Theory]
    [MemberData(nameof(FrameworkHeaders))]
    public async Task Cve2024_46982_FrameworkHeadersNeverMakeADynamicRouteCacheable(string header)
    {
        var first = await GetAsync("/dynamic?__nextDataReq=1", header);
        var second = await GetAsync("/dynamic?__nextDataReq=1", header);

        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("s-maxage", first.Headers.CacheControl?.ToString() ?? "");
        Assert.False(first.Headers.Contains("x-nextjs-cache"));
        Assert.Null(first.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(FrameworkHeaders))]
    public async Task Cve2024_46982_TheRequestThatFillsTheCacheCannotShapeTheEntry(string header)
    {
        var path = "/static/" + Uri.EscapeDataString(header.Split(':')[0]);
        var poisoner = await GetAsync(path + "?q=poison&__nextDataReq=1", header, "x-custom: poison", "cookie: session=victim",
            "x-forwarded-host: evil.example", "host: evil.example", "accept-language: xx", "user-agent: poison");
        var victim = await GetAsync(path);

        var body = await victim.Content.ReadAsStringAsync();
        Assert.Equal(await poisoner.Content.ReadAsStringAsync(), body);
        Assert.StartsWith("static 1 query='' header='' cookies=0 origin=http://localhost", body);
        Assert.DoesNotContain("poison", body);
        Assert.DoesNotContain("evil", body);
    }

    [Theory]
    [InlineData("/flaky/")]
    [InlineData("/flaky-isr/")]
    public async Task Cve2025_49826_A204IsServedButNeverStored(string route)
    {
        var first = await GetAsync(route + "a");
        var second = await GetAsync(route + "a");
        var third = await GetAsync(route + "a");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.DoesNotContain("s-maxage", first.Headers.CacheControl?.ToString() ?? "");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("full body 2", await third.Content.ReadAsStringAsync());
        Assert.Equal("HIT", string.Join("", third.Headers.GetValues("x-nextjs-cache")));
    }

    [Theory]
    [InlineData("HEAD", null)]
    [InlineData("GET", "*")]
    [InlineData("GET", "\"anything\"")]
    public async Task Cve2025_49826_ABodilessFirstAnswerStillStoresTheFullBody(string method, string? ifNoneMatch)
    {
        var path = $"/static/cold-{method}-{Uri.EscapeDataString(ifNoneMatch ?? "none")}";
        var first = new HttpRequestMessage(new HttpMethod(method), path);
        if (ifNoneMatch is not null) first.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        await _app.Client.SendAsync(first);

        var next = await _app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.StartsWith("static 1 ", await next.Content.ReadAsStringAsync());
    }

    private int Render(string key) => _renders.AddOrUpdate(key, 1, (_, n) => n + 1);

    // The first render of each path answers 204 (an empty page), the later ones a full 200.
    private ValueTask<IResult?> NoContentFirst(RouteInvocation i) =>
        new(Render(i.HttpContext.Request.Path) == 1 ? NextResponse.Empty(204) : NextResponse.Text($"full body {_renders[i.HttpContext.Request.Path]}"));

    private Task<HttpResponseMessage> GetAsync(string path, params string[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var h in headers) request.Headers.TryAddWithoutValidation(h[..h.IndexOf(':')], h[(h.IndexOf(':') + 1)..].Trim());
        return _app.Client.SendAsync(request);
    }
}
