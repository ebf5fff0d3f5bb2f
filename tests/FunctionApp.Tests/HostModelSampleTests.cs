using System.Net;
using Serverless.FunctionApp.Tests.Harness;
using Serverless.FunctionApp.Tests.Support;
using Serverless.Tests.Shared.HostRouting;

namespace Serverless.FunctionApp.Tests;

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
        Host = await FunctionsHostModel.StartAsync(_layout.Layout.Directory);
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
public sealed class HostModelSampleTests(SampleHostFixture fixture) : IClassFixture<SampleHostFixture>
{
    private HostInvocation Last(string method, string path) =>
        fixture.Host.Invocations.Last(i => i.Method == method && i.Path == path);

    [Fact]
    public async Task RoutesReachTheirFunctionsWithStatusAndBody()
    {
        var api = await fixture.Client.GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("ok", await api.Content.ReadAsStringAsync());
        Assert.Equal("r1_api_GET", Last("GET", "/api").Function);

        var me = await fixture.Client.GetAsync("/api/users/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"name\":\"Ada\"", await me.Content.ReadAsStringAsync());
        Assert.Equal("r111_api_users_me_GET", Last("GET", "/api/users/me").Function);

        var docs = await fixture.Client.GetAsync("/docs/a/b?x=1");
        Assert.Equal("docs: a/b", await docs.Content.ReadAsStringAsync());
        Assert.Equal("r14_docs_slug_GET", Last("GET", "/docs/a/b").Function);
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
        Assert.Equal("Serverless", response.Headers.GetValues("x-powered-by").Single()); // our middleware ran
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
