namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// CVE-2024-34351 (Next.js 13.4–14.1.0): Server Actions built a redirect URL from the client's Host header,
/// so a forged Host made the server fetch from, and answer with, an attacker's origin. Here
/// <c>request.Url</c> / <c>NextUrl.Origin</c> is <c>http://localhost:PORT</c> from the connection's local
/// port: Host, X-Forwarded-Host, Forwarded and the like never steer it, nor a redirect built from it, nor a
/// rewrite built from it (which would otherwise leave the origin: refused with a 500, or proxied).
/// <c>x-forwarded-proto: https</c> is honoured as Next.js does; it changes the scheme of the same origin, never the host.
/// A middleware redirect on that origin is sent relative, as <c>next start</c> sends it, so no origin is in it at all.
/// Guards NextRequest's origin (Host and forwarding headers ignored) and the rewrite stage's same-origin check built on it.
/// </summary>
[Trait("Category", "Functional")]
public sealed class Cve2024_34351HostHeaderTests(RunningConformanceApp app) : IClassFixture<RunningConformanceApp>
{
    public static TheoryData<string> Spoofs => new()
    {
        "Host: evil.example", "Host: evil.example:443", "Host: localhost:1", "Host: localhost.evil.example",
        "X-Forwarded-Host: evil.example", "X-Forwarded-Host: evil.example, localhost", "Forwarded: host=evil.example;proto=https",
        "X-Forwarded-Server: evil.example", "X-Host: evil.example", "X-Original-Host: evil.example", "X-Forwarded-Port: 1",
        "X-Forwarded-Prefix: //evil.example", "X-Forwarded-Proto: https://evil.example",
    };

    private string Origin => $"http://localhost:{app.App.BaseAddress.Port}";

    [Theory]
    [MemberData(nameof(Spoofs))]
    public async Task RedirectsBuiltFromRequestUrl_StayOnTheServersOrigin(string spoof)
    {
        // A handler's NextResponse.Redirect(new Uri(request.Url, ...)), and the middleware's (same origin: sent relative).
        foreach (var (path, status, location) in new[] { ("/api/response-redirect", 301, Origin + "/api/users/me"), ("/about/old", 307, "/about/new") })
        {
            var response = await app.AnswerAsync(RawRequest.Get(path, spoof));

            Assert.Equal(status, response.Status);
            Assert.Equal(location, response.Header("location"));
        }
    }

    [Theory]
    [MemberData(nameof(Spoofs))]
    public async Task RewriteFromRequestUrl_IsServedInProcess_AndTheHandlerSeesTheServersOrigin(string spoof)
    {
        var response = await app.AnswerAsync(RawRequest.Get("/about/rewrite-q", spoof));

        Assert.Equal(200, response.Status);
        Assert.Contains($"\"url\":\"{Origin}/about/rewrite-q\"", response.Text); // internal: the handler sees the client URL on the server's origin
    }

    [Fact]
    public async Task AbsoluteFormRequestTarget_DoesNotSteerTheOrigin()
    {
        var response = await app.AnswerAsync(RawRequest.Build("GET http://evil.example/api/response-redirect HTTP/1.1", ["Host: evil.example"]));

        Assert.Equal(301, response.Status);
        Assert.Equal(Origin + "/api/users/me", response.Header("location"));
    }

    [Fact]
    public async Task ForwardedProtoHttps_ChangesOnlyTheScheme()
    {
        var response = await app.AnswerAsync(RawRequest.Get("/api/response-redirect", "X-Forwarded-Proto: https", "X-Forwarded-Host: evil.example"));

        Assert.Equal($"https://localhost:{app.App.BaseAddress.Port}/api/users/me", response.Header("location"));
    }
}
