using System.Net;
using Nextfunc.Routing;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// <c>after()</c> (<see cref="RequestScope.After(Func{Task})"/>), middleware's <c>waitUntil</c> and the <c>MaxDuration</c>
/// segment config over a real socket: the client has its answer before the work runs, a failure is only logged, the
/// HTTP/1.1 connection is not kept for the next request, a standalone shutdown waits for the work, and MaxDuration
/// bounds both the handler (504) and the work after it.
/// </summary>
[Trait("Category", "Functional")]
public sealed class AfterResponseTests
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FunctionAppManifest App() => new ManifestBuilder("after-" + Guid.NewGuid().ToString("N"))
        .Route("app/api/after/route.cs", "/api/after")
            .Function("r11_api_after_POST", "POST", i =>
            {
                RequestScope.After(async () =>
                {
                    await _release.Task;
                    _done.TrySetResult();
                });
                // Streamed (chunked): the client has the whole answer only once the response is completed, not when its bytes are out.
                return new(NextResponse.Stream(static (body, ct) => body.WriteAsync("{\"scheduled\":true}"u8.ToArray(), ct).AsTask(), "application/json"));
            })
        .Route("app/api/after-throws/route.cs", "/api/after-throws")
            .Function("r11_api_after-throws_POST", "POST", static i =>
            {
                RequestScope.After(() => throw new InvalidOperationException("after boom"));
                return new(NextResponse.Text("sent"));
            })
        .Route("app/api/slow/route.cs", "/api/slow")
            .MaxDuration(1)
            .Function("r11_api_slow_GET", "GET", static async i =>
            {
                await Task.Delay(Timeout.Infinite, i.Aborted); // honours its token: cancelled when MaxDuration is up
                return NextResponse.Text("never");
            })
        .Route("app/api/slow-after/route.cs", "/api/slow-after")
            .MaxDuration(1)
            .Function("r11_api_slow-after_GET", "GET", static i =>
            {
                RequestScope.After(() => Task.Delay(Timeout.Infinite)); // ignores the bound: the invocation ends without it
                return new(NextResponse.Text("sent"));
            })
        .Route("app/api/plain/route.cs", "/api/plain")
            .Function("r11_api_plain_GET", "GET", static i => new(NextResponse.Text("plain")))
        .Middleware("middleware.cs", (request, fetchEvent) =>
        {
            if (request.NextUrl.Pathname == "/api/plain")
                fetchEvent.WaitUntil(_release.Task.ContinueWith(_ => _done.TrySetResult(), TaskScheduler.Default));
            return ValueTask.FromResult<NextResponse?>(null);
        }, everyPath: true)
        .Build();

    [Fact]
    public async Task AfterWork_RunsOnlyOnceTheClientHasItsAnswer_AndTheConnectionIsNotKeptForTheNextRequest()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        // The work waits for _release, which comes only after the answer: were the answer to wait for the work, this times out.
        using var answered = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await app.Client.PostAsync("/api/after", null, answered.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"scheduled\":true}", await response.Content.ReadAsStringAsync(answered.Token));
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.True(response.Headers.ConnectionClose);
        Assert.False(_done.Task.IsCompleted);
        _release.SetResult();
        await _done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitUntilInMiddleware_RunsAfterTheResponse()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await app.Client.GetAsync("/api/plain");

        Assert.Equal("plain", await response.Content.ReadAsStringAsync());
        Assert.False(_done.Task.IsCompleted);
        _release.SetResult();
        await _done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AfterWorkThatThrows_IsLogged_AndTheResponseStands()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await app.Client.PostAsync("/api/after-throws", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sent", await response.Content.ReadAsStringAsync());
        await WaitForOutputAsync(app, "after() or waitUntil work of POST /api/after-throws threw");
        Assert.Contains("after boom", app.Output);
    }

    [Fact]
    public async Task Standalone_ShutdownWaitsForAfterWork()
    {
        var app = await AppUnderTest.StartAsync(App());
        using var response = await app.Client.PostAsync("/api/after", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var stopping = app.DisposeAsync().AsTask(); // Kestrel's graceful shutdown: the request is still running its work
        await Task.Delay(200);
        Assert.False(stopping.IsCompleted);
        _release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(_done.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AHandlerPastItsMaxDuration_IsCancelled_AndAnswered504()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await app.Client.GetAsync("/api/slow");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Contains("ran past its MaxDuration of 1 s", app.Output);
    }

    [Fact]
    public async Task AfterWorkPastTheMaxDuration_EndsTheInvocationWithAWarning()
    {
        await using var app = await AppUnderTest.StartAsync(App());

        using var response = await app.Client.GetAsync("/api/slow-after");

        Assert.Equal("sent", await response.Content.ReadAsStringAsync());
        await WaitForOutputAsync(app, "was still running when the route's MaxDuration of 1 s was up");
    }

    private static async Task WaitForOutputAsync(AppUnderTest app, string text)
    {
        for (var i = 0; i < 100 && !app.Output.Contains(text, StringComparison.Ordinal); i++)
            await Task.Delay(100);
        Assert.Contains(text, app.Output);
    }
}
