using Nextfunc.Hosting;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>The <c>prerender</c> command fills the store so the first request after a deploy is a hit.</summary>
[Trait("Category", "Functional")]
public sealed class PrerenderCommandTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("sls-prerender-").FullName;
    private int _renders;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task Prerender_RendersStaticAndGeneratedPaths_ThenTheFirstRequestIsAHit()
    {
        var routes = new[]
        {
            Route("/static", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic },
                (HttpVerb.GET, _ => new(NextResponse.Text($"static {Interlocked.Increment(ref _renders)}")))),
            new Nextfunc.Routing.Functions.RouteEntry(RoutePattern.Parse("/posts/[slug]"), RouteFileKind.Route, "app/posts/[slug]/route.cs",
                new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic, DynamicParams = false },
                [new("r12_posts_slug_GET", HttpVerb.GET, (_, route) => new(NextResponse.Text($"post {route.Params["slug"]} {Interlocked.Increment(ref _renders)}")))])
            {
                GenerateStaticParams = (_, _) => new([new RouteParams().With("slug", "hello world"), new RouteParams().With("slug", "two")]),
            },
            Route("/dynamic", null, (HttpVerb.GET, _ => new(NextResponse.Text("never prerendered")))),
        };
        var buildId = "prerender-" + Guid.NewGuid().ToString("N");
        void FileStore(NextfuncAppBuilder b)
        {
            b.Configuration["Nextfunc:Cache:Store"] = "file";
            b.Configuration["Nextfunc:Cache:Path"] = _store;
        }

        var deployBuilder = NextfuncApp.CreateBuilder([], new Nextfunc.Routing.FunctionAppManifest(routes, null, buildId));
        FileStore(deployBuilder);
        var output = new StringWriter();
        var code = await PrerenderCommand.RunAsync(deployBuilder.Manifest, deployBuilder.Build().Services, output, output);

        Assert.Equal(0, code);
        Assert.Contains("3 paths prerendered, 0 failed", output.ToString());
        Assert.Equal(3, _renders);

        await using var app = await AppUnderTest.StartAsync(Manifest(routes, buildId: buildId), FileStore);
        var first = await app.Client.GetAsync("/posts/hello%20world");
        Assert.Equal("HIT", first.Headers.GetValues("x-nextjs-cache").Single());
        Assert.Equal("post hello world 2", await first.Content.ReadAsStringAsync());
        Assert.Equal("HIT", (await app.Client.GetAsync("/static")).Headers.GetValues("x-nextjs-cache").Single());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client.GetAsync("/posts/other")).StatusCode); // DynamicParams = false
        Assert.Equal(3, _renders);
    }
}
