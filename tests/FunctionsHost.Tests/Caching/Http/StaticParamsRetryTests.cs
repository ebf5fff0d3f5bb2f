using System.Net;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>A <c>GenerateStaticParams</c> that fails once (a database briefly down) is not remembered as failed.</summary>
[Trait("Category", "Functional")]
public sealed class StaticParamsRetryTests
{
    [Fact]
    public async Task FailingOnce_Answers500ThenServesTheNextRequest_AndLogsUnderItsOwnName()
    {
        // Arrange: DynamicParams = false, so the route needs its static params to answer at all.
        var calls = 0;
        var manifest = new ManifestBuilder("params-" + Guid.NewGuid().ToString("N"))
            .Route("app/posts/[slug]/route.cs", "/posts/[slug]", dynamic: "force-static", dynamicParams: false)
                .Function("r12_posts_slug_GET", "GET", static i => new(NextResponse.Text("post " + i.Context.Params["slug"])))
                .StaticParams((_, _) => Interlocked.Increment(ref calls) == 1
                    ? throw new TimeoutException("the posts database did not answer")
                    : new([new RouteParams().With("slug", "hello")]))
            .Build();
        await using var app = await AppUnderTest.StartAsync(manifest);

        // Act
        using var first = await app.Client.GetAsync("/posts/hello");
        using var second = await app.Client.GetAsync("/posts/hello");
        using var unknown = await app.Client.GetAsync("/posts/other");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("post hello", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, calls);
        Assert.Contains("GenerateStaticParams of app/posts/[slug]/route.cs threw", app.Output);
    }
}
