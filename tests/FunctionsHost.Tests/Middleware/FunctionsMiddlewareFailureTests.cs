using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// An exception from a Functions-style middleware. Before the response has started: 500, empty body,
/// no content type, headers set so far dropped, logged. After the function already wrote its response:
/// the response the client gets is the function's, complete; the exception is logged, the connection is not dropped.
/// </summary>
[Trait("Category", "Functional")]
public sealed class FunctionsMiddlewareFailureTests : IAsyncLifetime
{
    private readonly LogSink _logs = new();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/boom/before", null, (HttpVerb.GET, _ => new(NextResponse.Text("never")))),
        Route("/boom/after", null, (HttpVerb.GET, _ => new(NextResponse.Text("written by the function")))),
    ]), b =>
    {
        b.UseMiddleware<ThrowingMiddleware>();
        b.Logging.AddProvider(_logs);
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ThrowBeforeNext_Is500EmptyBodyNoStackTrace()
    {
        var response = await _app.Client.GetAsync("/boom/before");

        await response.AssertEmpty500Async();
        Assert.Null(response.Header("x-partial"));
    }

    [Fact]
    public async Task ThrowBeforeNext_IsLoggedWithTheException()
    {
        await _app.Client.GetAsync("/boom/before");

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException { Message: var m } && m.Contains("Boom.cs"));
    }

    [Fact]
    public async Task ThrowAfterFunctionResponded_ClientGetsTheCompleteResponse()
    {
        var response = await _app.Client.GetAsync("/boom/after");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("written by the function", await response.Content.ReadAsStringAsync());
        // The body has a Content-Length, so the client may hold the whole response before the middleware's throw is logged.
        static bool Logged(LogEntry e) => e.Level == LogLevel.Error && e.Exception?.Message.Contains("after next") == true;
        for (var waited = 0; waited < 5000 && !_logs.Entries.Any(Logged); waited += 20)
            await Task.Delay(20);
        Assert.Contains(_logs.Entries, Logged);
    }
}
