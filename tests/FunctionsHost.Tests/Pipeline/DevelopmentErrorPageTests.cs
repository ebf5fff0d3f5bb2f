using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware.Patterns;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// In Development a handler's or the middleware's exception is the 500's body (type, message, file, function, stack), so a
/// test or a curl shows why; in any other environment the 500 stays empty (ErrorTests), whatever the exception says.
/// </summary>
[Trait("Category", "Functional")]
public sealed class DevelopmentErrorPageTests
{
    private static readonly TestMiddleware Middleware = new(
        r => r.NextUrl.Pathname == "/mw-throws" ? throw new FormatException("middleware broke") : NextResponse.Next(), new MatcherEntry("/:path*"));

    private static Task<AppUnderTest> StartAsync(string environment) => AppUnderTest.StartAsync(Manifest(
        [
            Route("/users/[id]", null, (HttpVerb.GET, Throws)),
            Route("/mw-throws", null, (HttpVerb.GET, _ => new(NextResponse.Text("unreached")))),
        ], Middleware.Definition), args: ["--environment", environment]);

    private static ValueTask<IResult?> Throws(RouteInvocation _) =>
        throw new InvalidOperationException("no user store registered");

    [Fact]
    public async Task HandlerThrows_InDevelopment_BodyNamesTheExceptionTheFileAndTheFunction()
    {
        await using var app = await StartAsync("Development");

        using var response = await app.Client.GetAsync("/users/1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("System.InvalidOperationException: no user store registered\n", body, StringComparison.Ordinal);
        Assert.Contains("thrown in app/users/[id]/route.cs (function ", body, StringComparison.Ordinal);
        Assert.Contains(" at ", body, StringComparison.Ordinal); // the stack trace
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MiddlewareThrows_InDevelopment_BodyNamesMiddlewareCs()
    {
        await using var app = await StartAsync("Development");

        using var response = await app.Client.GetAsync("/mw-throws");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("System.FormatException: middleware broke\n   thrown in middleware.cs\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "/users/1")]
    [InlineData("Staging", "/users/1")]
    [InlineData("Production", "/mw-throws")]
    public async Task Throws_OutsideDevelopment_EmptyBody(string environment, string path)
    {
        await using var app = await StartAsync(environment);

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
