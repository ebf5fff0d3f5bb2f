using System.Net;
using Nextfunc.Hosting;

namespace NextfuncApp1.Tests;

/// <summary>Starts the app on Kestrel (loopback, a free port) and calls it over HTTP, as a client would.</summary>
public sealed class HelloRouteTests
{
    [Fact]
    public async Task GetHello_OnKestrel_Returns200WithGreeting()
    {
        // Arrange
        var app = NextfuncApp.CreateBuilder(["--urls", "http://127.0.0.1:0"], GeneratedFunctions.Manifest).Build();
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Web!.Urls.First()) };

            // Act
            using var response = await client.GetAsync("/api/hello?name=tests");

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Hello, tests!", await response.Content.ReadAsStringAsync());
            Assert.Equal("Nextfunc", response.Headers.GetValues("x-powered-by").Single());
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
