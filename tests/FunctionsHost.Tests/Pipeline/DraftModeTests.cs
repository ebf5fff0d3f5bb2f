using System.Net;
using Nextfunc.Routing;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// <c>draftMode()</c> over a real socket, beyond what the recorded cases can show (the bypass cookie's value is a
/// secret): with the cookie a cached route renders fresh for that client and stores nothing, as <c>next start</c> does;
/// every instance sharing <c>Nextfunc:DraftModeSecret</c> accepts a cookie another set, and without one each process
/// has its own and warns.
/// </summary>
[Trait("Category", "Functional")]
public sealed class DraftModeTests
{
    private static FunctionAppManifest App(string buildId) => new ManifestBuilder(buildId)
        .Route("app/api/draft/route.cs", "/api/draft")
            .Function("r11_api_draft_GET", "GET", static i =>
            {
                RequestScope.DraftMode().Enable();
                return new(NextResponse.Text("enabled"));
            })
        .Route("app/api/post/route.cs", "/api/post", dynamic: "force-static")
            .Function("r11_api_post_GET", "GET", static i => new(NextResponse.Text(Guid.NewGuid().ToString())))
        .Build();

    [Fact]
    public async Task WithTheBypassCookie_ACachedRouteRendersFresh_AndTheCacheKeepsItsEntry()
    {
        await using var app = await AppUnderTest.StartAsync(App("draft-" + Guid.NewGuid().ToString("N")));
        var cached = await app.Client.GetStringAsync("/api/post");
        var cookie = await BypassCookieAsync(app);

        using var first = await GetAsync(app, "/api/post", cookie);
        using var second = await GetAsync(app, "/api/post", cookie);
        var afterDraft = await app.Client.GetStringAsync("/api/post");

        var draftBodies = new[] { await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync() };
        Assert.DoesNotContain(cached, draftBodies);
        Assert.NotEqual(draftBodies[0], draftBodies[1]);
        Assert.Equal("private, no-cache, no-store, max-age=0, must-revalidate", CacheControl(first));
        Assert.Equal(cached, afterDraft);
        Assert.Contains("Draft mode was enabled with a secret of this process only", app.Output);
    }

    [Fact]
    public async Task AGuessedCookie_IsNoDraft()
    {
        await using var app = await AppUnderTest.StartAsync(App("draft-" + Guid.NewGuid().ToString("N")));
        var cached = await app.Client.GetStringAsync("/api/post");

        using var guessed = await GetAsync(app, "/api/post", DraftMode.CookieName + "=00000000000000000000000000000000");

        Assert.Equal(cached, await guessed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InstancesSharingTheSecret_AcceptEachOthersCookie_OthersDoNot()
    {
        var buildId = "draft-" + Guid.NewGuid().ToString("N");
        await using var a = await AppUnderTest.StartAsync(App(buildId), b => b.Configuration["Nextfunc:DraftModeSecret"] = "shared secret");
        await using var b = await AppUnderTest.StartAsync(App(buildId), b => b.Configuration["Nextfunc:DraftModeSecret"] = "shared secret");
        await using var other = await AppUnderTest.StartAsync(App(buildId));
        var cookie = await BypassCookieAsync(a);

        using var onB = await GetAsync(b, "/api/post", cookie);
        using var onOther = await GetAsync(other, "/api/post", cookie);

        Assert.Equal("private, no-cache, no-store, max-age=0, must-revalidate", CacheControl(onB));
        Assert.NotEqual("private, no-cache, no-store, max-age=0, must-revalidate", CacheControl(onOther));
        Assert.DoesNotContain("shared secret", cookie);
        Assert.DoesNotContain("Draft mode was enabled with a secret of this process only", a.Output);
    }

    private static async Task<string> BypassCookieAsync(AppUnderTest app)
    {
        using var response = await app.Client.GetAsync("/api/draft");
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(DraftMode.CookieName + "=", setCookie);
        Assert.Contains("; Path=/; Secure; HttpOnly; SameSite=none", setCookie);
        return setCookie[..setCookie.IndexOf(';')];
    }

    private static string CacheControl(HttpResponseMessage response) => response.Headers.NonValidated["Cache-Control"].ToString();

    private static Task<HttpResponseMessage> GetAsync(AppUnderTest app, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return app.Client.SendAsync(request);
    }
}
