using System.Net;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// CVE-2025-29927 class replays: client-sent framework headers must not skip or steer middleware,
/// must not reach the handler, and no response may carry an <c>x-middleware-*</c> header.
/// Guards <see cref="Nextfunc.Pipeline.InternalHeaders.Strip"/> on arrival (the handler tests fail
/// without it) and a middleware stage that runs from its matcher alone (the 401 tests).
/// </summary>
[Trait("Category", "Functional")]
public sealed class InternalHeaderReplayTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(_middleware));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Every CVE-2025-29927 subrequest value (<see cref="SubrequestHeaderReplays"/>), then the other internal headers.</summary>
    public static TheoryData<string, string> Replays()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, value) in SubrequestHeaderReplays.All()) data.Add(name, value);
        foreach (var (name, value) in OtherInternalHeaders) data.Add(name, value);
        return data;
    }

    private static readonly (string, string)[] OtherInternalHeaders =
    [
        ("x-middleware-rewrite", "/api/echo"),
        ("x-middleware-next", "1"),
        ("x-middleware-redirect", "http://evil.example/"),
        ("x-middleware-set-cookie", "admin=1; Path=/"),
        ("x-middleware-override-headers", "authorization"),
        ("x-middleware-request-foo", "bar"),
        ("x-middleware-request-authorization", "Bearer forged"),
        ("x-middleware-skip", "1"),
        ("x-nextjs-data", "1"),
        ("x-invoke-path", "/api/echo"),
        ("x-invoke-status", "200"),
        ("x-matched-path", "/api/echo"),
        ("x-now-route-matches", "1"),
    ];

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task Replay_AuthMiddlewareStillAnswers401(string name, string value)
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/api/secure/data", (name, value)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Header("x-handler"));
        Assert.Equal(["GET /api/secure/data"], _middleware.Runs);
        AssertNoInternalResponseHeaders(response);
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task Replay_HandlerNeverSeesTheHeader(string name, string value)
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/api/echo", (name, value), ("x-client", "c")));

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/echo", (string?)body["path"]);
        foreach (var view in new[] { "headers", "scopeHeaders" })
        {
            var seen = body[view]!.AsObject().Select(h => h.Key).ToList();
            Assert.DoesNotContain(seen, IsInternal);
            Assert.DoesNotContain("foo", seen);
            Assert.DoesNotContain("authorization", seen);
        }
        AssertNoInternalResponseHeaders(response);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task Replay_DoesNotSteerRewritesRedirectsOr404s(string name, string value)
    {
        foreach (var (path, status) in new[]
                 {
                     ("/about/rewrite", HttpStatusCode.OK),
                     ("/about/old", HttpStatusCode.TemporaryRedirect),
                     ("/gone/x", HttpStatusCode.NotFound),
                     ("/about/whoami", HttpStatusCode.Unauthorized),
                     ("/plain/x", HttpStatusCode.OK),
                 })
        {
            var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, path, (name, value)));

            Assert.Equal(status, response.StatusCode);
            if (status == HttpStatusCode.TemporaryRedirect)
                Assert.EndsWith("/about/new", response.Headers.Location?.OriginalString);
            AssertNoInternalResponseHeaders(response);
        }
    }

    /// <summary>
    /// CVE-2025-29927, defence in depth: a subrequest header that gets past the stripping still does not skip
    /// middleware. Guards the middleware stage deciding from its matcher alone, never from a request header
    /// (the other replays cannot see that layer: stripping removes the header first).
    /// </summary>
    [Fact]
    public async Task Cve2025_29927_SubrequestHeaderThatSurvivesStripping_StillRunsTheMiddleware()
    {
        var middleware = ScenarioApp.Middleware();
        await using var app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(middleware), b => b.UseMiddleware<SubrequestHeaderInjector>());

        var response = await app.Client.GetAsync("/api/secure/data");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["GET /api/secure/data"], middleware.Runs);
    }

    private static bool IsInternal(string header) =>
        header.StartsWith("x-middleware-", StringComparison.OrdinalIgnoreCase) ||
        header.StartsWith("x-invoke-", StringComparison.OrdinalIgnoreCase) ||
        header.StartsWith("x-nextjs-", StringComparison.OrdinalIgnoreCase) ||
        header.Equals("x-matched-path", StringComparison.OrdinalIgnoreCase) ||
        header.Equals("x-now-route-matches", StringComparison.OrdinalIgnoreCase);

    private static void AssertNoInternalResponseHeaders(HttpResponseMessage response) =>
        Assert.DoesNotContain(response.HeaderNames(), IsInternal);
}
