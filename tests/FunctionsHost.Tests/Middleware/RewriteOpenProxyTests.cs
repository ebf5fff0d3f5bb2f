using System.Net;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// A middleware that rewrites to a target taken from the request must not turn the app into an open proxy
/// (SSRF): only hosts in <c>Nextfunc:Rewrites:AllowedHosts</c> are ever contacted. Every other spelling of
/// another origin (protocol-relative, userinfo, look-alike suffixes, loopback on another port written six
/// ways, other schemes) fails closed with an empty 500 and no request leaves the server. And, as in
/// CVE-2025-57822, a middleware that copies the client's headers (Location, x-middleware-rewrite) into its
/// <c>NextResponse.Next()</c> answer never makes the server fetch them. Guards RewriteProxy's allow-list
/// check and a middleware stage that acts on <c>RewriteUrl</c> alone, never on response headers.
/// </summary>
[Trait("Category", "Functional")]
public sealed class RewriteOpenProxyTests : IAsyncLifetime
{
    private static readonly string[] CopiedHeaders = ["location", "x-middleware-rewrite", "x-middleware-next", "content-location", "refresh"];
    private OtherOrigin _other = null!;
    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        _other = await OtherOrigin.StartAsync();
        var middleware = new TestMiddleware(request =>
        {
            if (request.NextUrl.SearchParams.Get("to") is { } to)
                return NextResponse.Rewrite(to); // the app's own mistake: a rewrite target from the query
            var response = NextResponse.Next();
            foreach (var name in CopiedHeaders)
                if (request.Headers.Get(name) is { } value) response.Headers.Set(name, value);
            return response;
        }, "/about/:path*");
        // The other origin runs, but is not allowed: only example.org is.
        _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(middleware), b => b.Configuration["Nextfunc:Rewrites:AllowedHosts"] = "example.org");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _other.DisposeAsync();
    }

    public static TheoryData<string> HostileTargets => new()
    {
        "http://127.0.0.1:{port}/steal", "http://localhost:{port}/steal", "http://2130706433:{port}/steal", "http://0x7f000001:{port}/steal",
        "http://127.1:{port}/steal", "http://0177.0.0.1:{port}/steal", "//127.0.0.1:{port}/steal", "HTTP://127.0.0.1:{port}/steal",
        "http://example.org@127.0.0.1:{port}/steal", "http://127.0.0.1:{port}#@example.org/steal", "http://127.0.0.1:{port}\\@example.org/steal",
        "http://example.org%2f@127.0.0.1:{port}/steal", "http://example.org.evil.example/", "http://evilexample.org/", "https://evil.example/",
        "ftp://127.0.0.1:{port}/steal", "gopher://127.0.0.1:{port}/steal", "file:///etc/passwd",
    };

    [Theory]
    [MemberData(nameof(HostileTargets))]
    public async Task RewriteToATargetFromTheRequest_OtherThanAllowedHosts_FailsClosedWithoutContactingIt(string target)
    {
        var to = Uri.EscapeDataString(target.Replace("{port}", _other.Address.Port.ToString()));
        var response = await _app.Client.GetAsync("/about/headers?to=" + to);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Header("x-origin"));
        Assert.Equal(0, _other.Requests);
    }

    [Fact]
    public async Task Cve2025_57822_ClientHeadersCopiedIntoNextAreNeverFollowed()
    {
        var steal = new Uri(_other.Address, "/steal").AbsoluteUri;
        var request = Wire.Request(HttpMethod.Get, "/about/headers", ("Location", steal), ("Content-Location", steal), ("Refresh", "0;url=" + steal));

        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo", response.Header("x-handler"));
        Assert.Null(response.Header("x-origin"));
        Assert.Equal(0, _other.Requests);
    }
}
