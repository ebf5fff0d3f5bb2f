using Nextfunc.Tests.Shared;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// CVE-2025-29927 (Next.js 11.1.4–15.2.2): a client that sent <c>x-middleware-subrequest</c> naming the
/// middleware, or repeating the name up to the recursion limit, skipped middleware entirely, auth guards
/// included. Replayed here against the real apps as raw bytes, once and on five separate header lines
/// (HttpClient would merge them into one). Guards the same two layers as FunctionsHost.Tests'
/// InternalHeaderReplayTests (stripping on arrival; a middleware stage that decides from its matcher alone),
/// through the generated middleware and real Kestrel: a skip shows as a 200 from the guarded handler.
/// </summary>
[Trait("Category", "Functional")]
public sealed class Cve2025_29927MiddlewareBypassTests(RunningSampleApp sample, RunningConformanceApp conformance)
    : IClassFixture<RunningSampleApp>, IClassFixture<RunningConformanceApp>
{
    public static TheoryData<string, string> Replays()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, value) in SubrequestHeaderReplays.All()) data.Add(name, value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task ConformanceApp_AuthGuardStillAnswers401(string name, string value)
    {
        foreach (var lines in new[] { 1, 5 })
        {
            var response = await conformance.AnswerAsync(RawRequest.Get("/api/secure/data", Lines(name, value, lines)));

            Assert.Equal(401, response.Status);
            Assert.Equal("1", response.Header("x-mw")); // the middleware ran, and answered
            Assert.DoesNotContain("secret", response.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task ConformanceApp_RedirectsAndRewritesStillHappen(string name, string value)
    {
        var redirect = await conformance.AnswerAsync(RawRequest.Get("/about/old", Lines(name, value, 5)));
        var rewrite = await conformance.AnswerAsync(RawRequest.Get("/about/rewrite", Lines(name, value, 5)));

        Assert.Equal(307, redirect.Status);
        Assert.EndsWith("/about/new", redirect.Header("location"));
        Assert.Equal(200, rewrite.Status);
        Assert.Equal("/about/rewrite", rewrite.Header("x-mw-path")); // middleware ran once, for the request as sent
        Assert.Contains("\"id\":\"rewritten\"", rewrite.Text);
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task SampleApp_WriteWithoutAuthorizationStillAnswers401(string name, string value)
    {
        foreach (var lines in new[] { 1, 5 })
        {
            var body = RawRequest.Bytes("{\"name\":\"bypass\"}");
            var response = await sample.AnswerAsync(RawRequest.Build("POST /api/users HTTP/1.1", [.. Lines(name, value, lines), "Content-Type: application/json"], body));

            Assert.Equal(401, response.Status);
            Assert.Equal("{\"error\":\"unauthorized\"}", response.Text); // the middleware's answer, not the handler's
        }
    }

    private static object[] Lines(string name, string value, int count) => [.. Enumerable.Repeat<object>($"{name}: {value}", count)];
}
