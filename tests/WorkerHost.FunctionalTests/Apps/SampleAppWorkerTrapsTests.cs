using System.Net;
using System.Net.Http.Json;
using Nextfunc.Tests.Shared.HostProxying;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// The sample as an isolated worker behind the test host, which forwards as the Functions host does (YARP's default
/// transformer: the worker's loopback authority as Host, X-Forwarded-* set) and checks function keys: the URL a handler
/// sees is the client's, and a middleware rewrite cannot walk past the key check of a function-level route.
/// </summary>
[Collection(SampleWorkerCollection.Name)]
[Trait("Category", "Functional")]
public sealed class SampleAppWorkerTrapsTests(SampleWorker app)
{
    private Task<HttpResponseMessage> GetAsync(string path, string? key = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        if (host is not null) request.Headers.Host = host;
        return app.Client.SendAsync(request);
    }

    [Fact]
    public async Task ALinkBuiltFromRequestUrl_PointsAtTheClientsHost_NotTheWorkersLoopback()
    {
        // Arrange: POST /api/users answers 201 with a Location built as new Uri(request.Url, "/api/users/{id}").
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(new { name = "Ada" }) };
        request.Headers.Host = "app.example.com";
        request.Headers.Add("Authorization", "Bearer sample"); // the sample's middleware guards writes to /api/users

        // Act
        using var response = await app.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("http://app.example.com/api/users/", response.Headers.Location!.ToString());

        // The fixture's app is shared: the user goes again, and the store is as the other tests expect it.
        using var delete = new HttpRequestMessage(HttpMethod.Delete, response.Headers.Location!.AbsolutePath);
        delete.Headers.Add("Authorization", "Bearer sample");
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.SendAsync(delete)).StatusCode);
    }

    [Fact]
    public async Task AMiddlewareRedirectOnTheSameOrigin_IsRelative()
    {
        using var response = await GetAsync("/api/people", host: "app.example.com");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/users", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RewriteIntoAFunctionLevelRoute_WithoutAKey_Is401AndTheHandlerNeverRuns()
    {
        // Arrange: the host invokes the anonymous fallback for /api/stats; the app's middleware rewrites it.
        // Act
        using var response = await GetAsync("/api/stats");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/stats")]
    [InlineData("/api/admin/stats")]
    public async Task FunctionLevelRoute_WithTheKey_IsServed(string path)
    {
        using var response = await GetAsync(path, key: HostKeys.FunctionKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"users\":", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FunctionLevelRoute_WithoutAKey_IsRefusedByTheHost()
    {
        using var response = await GetAsync("/api/admin/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
