using System.Net;
using Microsoft.Extensions.Logging;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Middleware;

/// <summary>A middleware that throws answers 500 with an empty body; the exception is logged, never sent.</summary>
[Trait("Category", "Functional")]
public sealed class MiddlewareFailureTests : IAsyncLifetime
{
    private readonly LogSink _logs = new();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() =>
        _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(ScenarioApp.Middleware()), b => b.Logging.AddProvider(_logs));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    public async Task MiddlewareThrows_Is500EmptyBodyNoStackTrace(string method)
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/about/throws"));

        await response.AssertEmpty500Async();
        Assert.Null(response.Header("x-mw"));
    }

    [Fact]
    public async Task MiddlewareThrows_IsLoggedWithTheException()
    {
        await _app.Client.GetAsync("/about/throws");

        var entry = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("middleware.cs"));
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("/about/throws", entry.Message);
    }
}
