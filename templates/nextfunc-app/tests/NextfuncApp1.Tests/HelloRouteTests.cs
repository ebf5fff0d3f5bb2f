using System.Net;
using Nextfunc.Hosting;

namespace NextfuncApp1.Tests;

/// <summary>
/// Starts the app as production does (its own entry point, so every service Program.cs registers is there) on Kestrel,
/// on a free loopback port with an in-memory cache, in Development, and calls it over HTTP as a client would.
/// </summary>
public sealed class HelloRouteTests
{
    [Fact]
    public async Task GetHello_OnKestrel_Returns200WithGreeting()
    {
        // Arrange
        await using var app = await NextfuncTestApp.StartAsync(GeneratedFunctions.Manifest);

        // Act
        using var response = await app.Client.GetAsync("/api/hello?name=tests");

        // Assert: status and body together, so a 500 shows the handler's exception (the body of a 500 in Development).
        Assert.Equal((HttpStatusCode.OK, "Hello, tests!"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
        Assert.Equal("Nextfunc", response.Headers.GetValues("x-powered-by").Single());
    }

    [Fact]
    public async Task GetItem_WithAnId_ReturnsItsJson()
    {
        await using var app = await NextfuncTestApp.StartAsync(GeneratedFunctions.Manifest);

        using var response = await app.Client.GetAsync("/api/items/42");

        Assert.Equal((HttpStatusCode.OK, """{"id":"42","name":"Item 42"}"""), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }
}
