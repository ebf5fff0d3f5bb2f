using Nextfunc.Hosting;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>What the <c>prerender</c> command reports: the build id it wrote under, and a generated param it could not render.</summary>
[Trait("Category", "InProcess")]
public sealed class PrerenderReportTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("sls-prerender-").FullName;
    private int _renders;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task Prerender_ReportsTheBuildIdTheEntriesWereWrittenUnder_TheSettingOverTheManifest()
    {
        var routes = new[] { Route("/static", new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic }, (HttpVerb.GET, _ => new(NextResponse.Text("s")))) };
        var builder = NextfuncApp.CreateBuilder([], new Nextfunc.Routing.FunctionAppManifest(routes, null, "route-files-hash"));
        builder.Configuration["Nextfunc:Cache:Store"] = "memory";
        builder.Configuration["Nextfunc:BuildId"] = "ci-3f9c2ab";
        var output = new StringWriter();

        await PrerenderCommand.RunAsync(builder.Manifest, builder.Build().Services, output, output);

        Assert.Contains("1 paths prerendered, 0 failed (build ci-3f9c2ab).", output.ToString());
    }

    [Fact]
    public async Task Prerender_GeneratedParamThatDoesNotConvert_FailsNamingTheValueAndRendersNothing()
    {
        // GET(int id) with GenerateStaticParams returning "abc": /items/abc is a 404 for this route, so nothing to cache.
        var routes = new[]
        {
            new Nextfunc.Routing.Functions.RouteEntry(RoutePattern.Parse("/items/[id]"), RouteFileKind.Route, "app/items/[id]/route.cs",
                new SegmentConfig { Dynamic = DynamicBehavior.ForceStatic },
                [new("r12_items_id_GET", HttpVerb.GET, (_, route) => new(NextResponse.Text($"item {RouteParamValue.Parse<int>(route.Params["id"])} {Interlocked.Increment(ref _renders)}")))])
            {
                GenerateStaticParams = (_, _) => new([new RouteParams().With("id", "7"), new RouteParams().With("id", "abc")]),
                Constraints = [new("id", "int", "int", static v => RouteParamValue.IsValid<int>(v))],
            },
        };
        var builder = NextfuncApp.CreateBuilder([], new Nextfunc.Routing.FunctionAppManifest(routes, null, "prerender-" + Guid.NewGuid().ToString("N")));
        builder.Configuration["Nextfunc:Cache:Store"] = "file";
        builder.Configuration["Nextfunc:Cache:Path"] = _store;
        var output = new StringWriter();

        var code = await PrerenderCommand.RunAsync(builder.Manifest, builder.Build().Services, output, output);

        Assert.Equal(1, code);
        Assert.Contains("/items/abc: GenerateStaticParams returned id = 'abc', which is not a valid int", output.ToString());
        Assert.Contains("1 paths prerendered, 1 failed", output.ToString());
        Assert.Equal(1, _renders);
    }
}
