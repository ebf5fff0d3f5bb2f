using System.Net;
using Nextfunc.Hosting;

namespace NextfuncApp1.Tests;

/// <summary>
/// Starts the app as production does (its own entry point, so every service Program.cs registers is there) on Kestrel,
/// on a free loopback port with an in-memory cache, and calls it over HTTP as a client would.
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

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, tests!", await response.Content.ReadAsStringAsync());
        Assert.Equal("Nextfunc", response.Headers.GetValues("x-powered-by").Single());
    }
}
