using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// CRLF injection (response splitting) through headers an app builds from request data: a redirect target,
/// a header value, a cookie name and path, each from a decoded query parameter, in handlers and in
/// middleware. Whatever comes back (a redirect with tabs and newlines removed, as Next.js does; a redirect to
/// the escaped URL for <c>Redirect(Uri)</c>; an empty fail-closed 500 for other headers), no header line is added and the message stays one response. Guards that every header
/// NextResponse, Navigation and the cookie jar write goes through Kestrel's response-header validation (no
/// code path splits, folds or writes header values around it), and that a refused header fails closed
/// with an empty 500 in the dispatcher and in the middleware stage instead of a half-written response.
/// </summary>
[Trait("Category", "Functional")]
public sealed class CrlfInjectionTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        var middleware = new TestMiddleware(request => request.NextUrl.Pathname switch
        {
            "/mw/redirect" => NextResponse.Redirect(Query(request, "v")),
            "/mw/header" => WithHeader(NextResponse.Next(), Query(request, "v")),
            _ => NextResponse.Next(request, h => h.Set("x-forwarded-user", Query(request, "v"))),
        }, "/mw/:path*");
        _app = await AppUnderTest.StartAsync(Manifest(
        [
            Route("/redirect", null, (HttpVerb.GET, i => new(NextResponse.Redirect(Query(i.Request, "v"))))),
            Route("/redirect-uri", null, (HttpVerb.GET, i => new(NextResponse.Redirect(new Uri(i.Request.Url, Query(i.Request, "v")))))),
            Route("/navigation", null, (HttpVerb.GET, i => { Navigation.Redirect(Query(i.Request, "v")); return default; })),
            Route("/header", null, (HttpVerb.GET, i => new(NextResponse.Text("ok", headers: new() { ["x-echo"] = Query(i.Request, "v") })))),
            Route("/cookie", null, (HttpVerb.GET, i => new(WithCookie(i.Request)))),
            Route("/mw/[step]", null, (HttpVerb.GET, i => new(NextResponse.Text("user=" + i.Request.Headers.Get("x-forwarded-user"))))),
        ], middleware.Definition));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string> Injections()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/redirect", "/redirect-uri", "/navigation", "/header", "/cookie", "/mw/redirect", "/mw/header" })
            foreach (var value in new[] { "/next%0d%0aX-Injected:%201", "/next%0d%0aSet-Cookie:%20injected=1", "/next%0aX-Injected:1", "/next%0d%0a%0d%0a<html>split" })
                data.Add(path, value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task ValueFromTheQuery_NeverAddsAHeaderLine(string path, string value)
    {
        var response = await _app.Client.GetAsync($"{path}?v={value}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Null(response.Header("x-injected"));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("injected", StringComparison.Ordinal));
        Assert.DoesNotContain("\r\n\r\n<html>split", body); // a blank line then markup would be a second message
        Assert.DoesNotContain(response.HeaderNames().SelectMany(n => response.Header(n)!.Split(',')), v => v.Contains('\r') || v.Contains('\n'));
        if ((int)response.StatusCode >= 500)
            await response.AssertEmpty500Async(); // fail closed: the header was refused, nothing half-written
    }

    [Theory]
    [InlineData("/redirect", "https://example.com")] // NextResponse.Redirect takes absolute URLs only, as in Next.js
    [InlineData("/navigation", "")]                  // redirect() of next/navigation takes relative ones too
    [InlineData("/mw/redirect", "https://example.com")]
    public async Task ARedirectTargetWithTabsOrNewLines_Redirects_WithThemRemoved_AsNextJs(string path, string origin)
    {
        var response = await _app.Client.GetAsync($"{path}?v={origin}/ne%09xt%0d%0aX-Injected:1");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(origin + "/nextX-Injected:1", response.Headers.Location?.OriginalString);
    }

    /// <summary>A request-header override is not sent anywhere: the handler reads the value as it is, no response header changes.</summary>
    [Fact]
    public async Task RequestHeaderOverrideWithANewLine_StaysInsideTheServer()
    {
        var response = await _app.Client.GetAsync("/mw/request-header?v=a%0d%0aX-Injected:%201");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Header("x-injected"));
    }

    private static string Query(NextRequest request, string name) => request.NextUrl.SearchParams.Get(name) ?? "";

    private static NextResponse WithHeader(NextResponse response, string value)
    {
        response.Headers.Set("x-echo", value);
        return response;
    }

    private static NextResponse WithCookie(NextRequest request)
    {
        var response = NextResponse.Text("ok");
        response.Cookies.Set("c" + Query(request, "v"), "1", new() { Path = Query(request, "v") });
        return response;
    }
}
