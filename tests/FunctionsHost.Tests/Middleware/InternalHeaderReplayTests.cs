using System.Net;
using Serverless.FunctionsHost.Tests.Middleware.Support;
using Serverless.FunctionsHost.Tests.Pipeline;

namespace Serverless.FunctionsHost.Tests.Middleware;

/// <summary>
/// CVE-2025-29927 class replays: client-sent framework headers must not skip or steer middleware,
/// must not reach the handler, and no response may carry an <c>x-middleware-*</c> header.
/// </summary>
public sealed class InternalHeaderReplayTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private KestrelApp _app = null!;

    public async Task InitializeAsync() => _app = await ScenarioApp.StartAsync(_middleware);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string> Replays() => new()
    {
        { "x-middleware-subrequest", "middleware" },
        { "x-middleware-subrequest", "src/middleware" },
        { "x-middleware-subrequest", "middleware:middleware:middleware:middleware:middleware" },
        { "x-middleware-subrequest", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
        { "x-middleware-subrequest", "pages/_middleware" },
        { "x-middleware-subrequest", "9f1c2e7a-random" },
        { "X-Middleware-Subrequest", "middleware:middleware:middleware:middleware:middleware" },
        { "x-middleware-rewrite", "/api/echo" },
        { "x-middleware-next", "1" },
        { "x-middleware-redirect", "http://evil.example/" },
        { "x-middleware-set-cookie", "admin=1; Path=/" },
        { "x-middleware-override-headers", "authorization" },
        { "x-middleware-request-foo", "bar" },
        { "x-middleware-request-authorization", "Bearer forged" },
        { "x-middleware-skip", "1" },
        { "x-nextjs-data", "1" },
        { "x-invoke-path", "/api/echo" },
        { "x-invoke-status", "200" },
        { "x-matched-path", "/api/echo" },
        { "x-now-route-matches", "1" },
    };

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

    private static bool IsInternal(string header) =>
        header.StartsWith("x-middleware-", StringComparison.OrdinalIgnoreCase) ||
        header.StartsWith("x-invoke-", StringComparison.OrdinalIgnoreCase) ||
        header.StartsWith("x-nextjs-", StringComparison.OrdinalIgnoreCase) ||
        header.Equals("x-matched-path", StringComparison.OrdinalIgnoreCase) ||
        header.Equals("x-now-route-matches", StringComparison.OrdinalIgnoreCase);

    private static void AssertNoInternalResponseHeaders(HttpResponseMessage response) =>
        Assert.DoesNotContain(response.HeaderNames(), IsInternal);
}
