using System.Net;
using Nextfunc.FunctionApp.Tests.Harness;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.HostProxying;
using Nextfunc.Tests.Shared.HostRouting;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>Fixture: the sample's layout, run by the host model over real sockets.</summary>
public sealed class SampleHostFixture : IAsyncLifetime
{
    private readonly SampleLayoutFixture _layout = new();

    /// <summary>The running model.</summary>
    public FunctionsHostModel Host { get; private set; } = null!;

    /// <summary>A client for the model (no redirects followed, like the conformance runner).</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The app accepts the host's function key itself, for requests a middleware rewrite takes to a function-level route.
        Host = await FunctionsHostModel.StartAsync(_layout.Layout.Directory, appSettings: new Dictionary<string, string>
        {
            ["Nextfunc__Keys__Function"] = HostKeys.FunctionKey,
        });
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = Host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        _layout.Dispose();
    }
}

/// <summary>The sample app served through the host model: function routes, fallback 404/405, host-level 404.</summary>
[Trait("Category", "Functional")]
public sealed class HostModelSampleTests(SampleHostFixture fixture) : IClassFixture<SampleHostFixture>
{
    private HostInvocation Last(string method, string path) =>
        fixture.Host.Invocations.Last(i => i.Method == method && i.Path == path);

    // GETs a path and asserts what the client got and which function the host model invoked.
    private async Task AssertServedAsync(string path, HttpStatusCode status, string body, string function)
    {
        var response = await fixture.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(body, await response.Content.ReadAsStringAsync());
        Assert.Equal(function, Last("GET", path.Split('?')[0]).Function);
    }

    [Fact]
    public async Task RoutesReachTheirFunctionsWithStatusAndBody()
    {
        await AssertServedAsync("/api", HttpStatusCode.OK, "ok", "r1_api_GET");
        await AssertServedAsync("/api/users/me", HttpStatusCode.OK, "\"name\":\"Ada\"", "r111_api_users_me_GET");
        await AssertServedAsync("/docs/a/b?x=1", HttpStatusCode.OK, "docs: a/b", "r14_docs_slug_GET");
    }

    [Fact]
    public async Task TypedSegmentIsConstrainedByTheHostAndByTheApp()
    {
        // GET(int id): the host routes /api/users/1 to the function through {id:int}, and not /api/users/abc,
        // which reaches the app through the fallback: the app's own check answers the same 404 page as under
        // dotnet run, never a 500 from a failed conversion.
        await AssertServedAsync("/api/users/1", HttpStatusCode.OK, "\"name\":\"Ada\"", "r112_api_users_id_GET");
        await AssertServedAsync("/api/users/abc", HttpStatusCode.NotFound, "This page could not be found", "zz_fallback");
    }

    [Fact]
    public async Task HeadReachesTheGetFunction()
    {
        var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("r1_api_GET", Last("HEAD", "/api").Function);
    }

    [Fact]
    public async Task UnexportedMethodReachesOurProcessThroughTheFallbackAndGets405()
    {
        var response = await fixture.Client.PutAsync("/api/products", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("zz_fallback", Last("PUT", "/api/products").Function);
    }

    [Fact]
    public async Task UnknownPathReachesOurProcessThroughTheFallbackAndGetsItsNotFoundPage()
    {
        var response = await fixture.Client.GetAsync("/api/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This page could not be found", await response.Content.ReadAsStringAsync());
        Assert.Equal("zz_fallback", Last("GET", "/api/no/such/page").Function);
        Assert.Equal("Nextfunc", response.Headers.GetValues("x-powered-by").Single()); // our middleware ran
    }

    [Fact]
    public async Task RequestBodyAndHeadersAreProxied()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = new StringContent("{\"name\":\"Grace\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("authorization", "Bearer test");
        var response = await fixture.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("Grace", await response.Content.ReadAsStringAsync());
        Assert.Equal("r11_api_users_POST", Last("POST", "/api/users").Function);
    }

    [Fact]
    public async Task WithoutTheFallbackTheHostItselfAnswers404()
    {
        // The same app, minus the fallback: nothing matches PUT /api/products, so the host (model) answers and our process never sees it.
        var table = new HostRouteTable(fixture.Host.Routes.Functions.Where(f => f.Methods is not null).ToList());
        Assert.Null(table.Match("PUT", "/api/products"));
        Assert.Null(table.Match("GET", "/api/no/such/page"));
        Assert.NotNull(fixture.Host.Routes.Match("GET", "/api/no/such/page"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task RootThroughTheHostCarriesTheInvocationHeaderSoItIsNotTakenForAPing()
    {
        // Our process answers a bare GET / (the host's readiness ping) with an empty 200; with the
        // invocation header the model adds, the request runs the pipeline and gets the 404 page instead.
        var response = await fixture.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("could not be found", await response.Content.ReadAsStringAsync());
        Assert.Equal("zz_fallback", Last("GET", "/").Function);
    }

    [Fact]
    public void EveryProxiedInvocationHasAnId()
    {
        Assert.All(fixture.Host.Invocations.Where(i => i.Function is not null), i => Assert.False(string.IsNullOrEmpty(i.InvocationId)));
    }
}
