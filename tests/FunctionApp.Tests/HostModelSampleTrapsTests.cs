using System.Net;
using System.Net.Http.Json;
using Nextfunc.Tests.Shared.HostProxying;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// The sample as a custom handler behind the host model (<c>enableForwardingHttpRequest</c>: the client's headers, Host
/// included, copied to the app): the URL a handler sees is the client's, and a middleware rewrite cannot walk past the
/// key check of a function-level route.
/// </summary>
[Trait("Category", "Functional")]
public sealed class HostModelSampleTrapsTests(SampleHostFixture fixture) : IClassFixture<SampleHostFixture>
{
    private Task<HttpResponseMessage> GetAsync(string path, string? key = null, string? host = null, string? proto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        if (host is not null) request.Headers.Host = host;
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto); // what the App Service front end adds
        return fixture.Client.SendAsync(request);
    }

    [Fact]
    public async Task ALinkBuiltFromRequestUrl_PointsAtTheClientsHostAndScheme()
    {
        // Arrange: POST /api/users answers 201 with a Location built as new Uri(request.Url, "/api/users/{id}").
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(new { name = "Ada" }) };
        request.Headers.Host = "app.example.com";
        request.Headers.Add("Authorization", "Bearer sample"); // the sample's middleware guards writes to /api/users
        request.Headers.Add("X-Forwarded-Proto", "https"); // what the App Service front end adds

        // Act
        using var response = await fixture.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("https://app.example.com/api/users/", response.Headers.Location!.ToString());

        // The fixture's app is shared: the user goes again, and the store is as the other tests expect it.
        using var delete = new HttpRequestMessage(HttpMethod.Delete, response.Headers.Location!.AbsolutePath);
        delete.Headers.Add("Authorization", "Bearer sample");
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Client.SendAsync(delete)).StatusCode);
    }

    [Fact]
    public async Task AMiddlewareRedirectOnTheSameOrigin_IsRelative()
    {
        using var response = await GetAsync("/api/people", host: "app.example.com", proto: "https");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/users", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FunctionLevelRoute_WithoutAKey_IsRefusedByTheHost()
    {
        using var response = await GetAsync("/api/admin/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RewriteIntoAFunctionLevelRoute_WithoutAKey_Is401AndTheHandlerNeverRuns()
    {
        // Arrange: /api/stats is no route of its own, so the host invokes the anonymous fallback, whose middleware rewrites it.
        // Act
        using var response = await GetAsync("/api/stats");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("users", await response.Content.ReadAsStringAsync());
        Assert.Equal("zz_fallback", fixture.Host.Invocations.Last(i => i.Path == "/api/stats").Function);
    }

    [Theory]
    [InlineData("/api/stats")]        // rewritten in the app: the app checks the key (it accepts the host's, by its settings)
    [InlineData("/api/admin/stats")]  // invoked directly: the host checks it
    public async Task FunctionLevelRoute_WithTheKey_IsServed(string path)
    {
        using var response = await GetAsync(path, key: HostKeys.FunctionKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"users\":", await response.Content.ReadAsStringAsync());
    }
}
