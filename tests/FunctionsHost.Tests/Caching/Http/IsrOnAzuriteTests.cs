using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Caching.Azurite;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Caching.Http;

/// <summary>
/// The one real-time stale-while-revalidate test: Kestrel, a Revalidate = 1 route, and the blob store on
/// a real Azurite. After the window the first request still gets the old body and one background render
/// replaces it.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Functional")]
public sealed class IsrOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RevalidateWindow_ServesStaleOnce_ThenTheBackgroundRenderedBody()
    {
        var renders = 0;
        await using var app = await AppUnderTest.StartAsync(Manifest(
            [Route("/isr", new SegmentConfig { Revalidate = 1 }, (HttpVerb.GET, _ => new(NextResponse.Text($"render {Interlocked.Increment(ref renders)}"))))]), b =>
            {
                b.Configuration["Nextfunc:Cache:Store"] = "";
                b.Configuration["Nextfunc:Cache:ConnectionString"] = azurite.ConnectionString;
                b.Configuration["Nextfunc:Cache:Container"] = AzuriteFixture.NewContainerName();
                b.Configuration["Nextfunc:Cache:MemoryLimitMB"] = "0";
            });

        Assert.Equal("render 1", await Body(app, "/isr"));
        Assert.Equal("render 1", await Body(app, "/isr"));
        await Task.Delay(TimeSpan.FromSeconds(1.3));

        var stale = await app.Client.GetAsync("/isr");
        Assert.Equal("render 1", await stale.Content.ReadAsStringAsync());
        Assert.Equal("STALE", stale.Headers.GetValues("x-nextjs-cache").Single());

        var fresh = "";
        for (var i = 0; i < 50 && fresh != "render 2"; i++)
        {
            await Task.Delay(100);
            fresh = await Body(app, "/isr");
        }
        Assert.Equal("render 2", fresh);
        Assert.Equal(2, renders);
    }

    private static async Task<string> Body(AppUnderTest app, string path) => await (await app.Client.GetAsync(path)).Content.ReadAsStringAsync();
}
