using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Tests.Shared.HostProxying;
using Nextfunc.Tests.Shared.HostRouting;
using Nextfunc.Tests.Shared.Loopback;
using Nextfunc.WorkerHost.Tests.Rpc;
using Yarp.ReverseProxy.Forwarder;
using Kind = Nextfunc.WorkerHost.Tests.Rpc.StreamingMessage.ContentOneofCase;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The host's public HTTP side (what <c>func start</c> serves on :7071): Kestrel, HTTP/1.1, on 127.0.0.1.
/// Each request is routed with the host's rules (<see cref="HostRouteTable"/>); no match is the host's own
/// 404 and the worker never hears of it. A match becomes an invocation, done the way the host does with a
/// worker that proxies HTTP: forward the request to the worker's <c>HttpUri</c> with
/// <c>x-ms-invocation-id</c> and, at the same time, send the InvocationRequest over gRPC; the worker pairs
/// the two by that id. The client gets whatever the worker answers over HTTP.
/// </summary>
public sealed class HttpFront : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly HostRouteTable _routes;
    private readonly IReadOnlyDictionary<string, WorkerFunction> _functions;
    private readonly WorkerChannel _channel;
    private readonly string _workerHttpUri;
    private readonly bool _workerHandlesCancel;
    private readonly IHttpForwarder _forwarder;
    // As the host's DefaultHttpProxyService: no redirects followed, no cookies, 240 s activity timeout, and its retry of a
    // request the worker's endpoint did not take.
    private readonly HttpMessageInvoker _invoker = new(new WorkerProxyRetry(
        new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false, ActivityHeadersPropagator = null }));
    private readonly ForwarderRequestConfig _config = new() { ActivityTimeout = TimeSpan.FromSeconds(240) };
    private readonly ConcurrentQueue<WorkerInvocation> _invocations = new();
    private readonly ConcurrentDictionary<string, Task> _running = new();

    private HttpFront(WebApplication web, HostRouteTable routes, IReadOnlyList<WorkerFunction> functions, WorkerChannel channel, string workerHttpUri, bool workerHandlesCancel)
    {
        _web = web;
        _routes = routes;
        _functions = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _channel = channel;
        _workerHttpUri = workerHttpUri;
        _workerHandlesCancel = workerHandlesCancel;
        _forwarder = web.Services.GetRequiredService<IHttpForwarder>();
    }

    /// <summary>The public address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Finished invocations, in the order they finished.</summary>
    public IReadOnlyCollection<WorkerInvocation> Invocations => _invocations;

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
    public static async Task<HttpFront> StartAsync(HostRouteTable routes, IReadOnlyList<WorkerFunction> functions, WorkerChannel channel,
        string workerHttpUri, bool workerHandlesCancel, int port = 0)
    {
        // The host's documented 100 MB request limit.
        var builder = LoopbackWeb.CreateBuilder(port, HttpProtocols.Http1, k => k.Limits.MaxRequestBodySize = 104_857_600);
        builder.Services.AddHttpForwarder();
        var web = builder.Build();
        var front = new HttpFront(web, routes, functions, channel, workerHttpUri, workerHandlesCancel);
        web.Run(front.InvokeAsync);
        await web.StartAsync();
        front.BaseAddress = web.BaseAddress();
        return front;
    }

    /// <summary>
    /// Waits until every invocation started so far has its InvocationResponse, then returns all finished ones.
    /// A client can have the whole HTTP answer before the worker's InvocationResponse arrives, so a test that
    /// asserts on invocations right after a request awaits this first.
    /// </summary>
    public async Task<IReadOnlyCollection<WorkerInvocation>> WaitForInvocationsAsync(TimeSpan? timeout = null)
    {
        await Task.WhenAll(_running.Values).WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
        return _invocations;
    }

    private async Task InvokeAsync(HttpContext context)
    {
        var function = _routes.Match(context.Request.Method, context.Request.Path, out var routeValues);
        if (function is null || !_functions.TryGetValue(function.Name, out var worker))
        {
            // No function route matched: the host answers 404 itself.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HostKeys.Authorizes(context.Request, function.AuthLevel))
        {
            // The host's key check: 401, empty, and the worker never sees the request.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[invocationId] = finished.Task;
        try
        {
            var reply = _channel.ReceiveAsync(Kind.InvocationResponse, invocationId);
            var request = HttpInvocationRequest.Create(invocationId, worker, context.Request, routeValues);
            // Like the host: start forwarding first, then send the invocation, so the worker finds both.
            var forwarding = _forwarder.SendAsync(context, _workerHttpUri, _invoker, _config,
                new HostForwardingTransformer([new("x-ms-invocation-id", invocationId)])).AsTask();
            _channel.Send(new StreamingMessage { InvocationRequest = request });
            using (context.RequestAborted.Register(() => Cancel(invocationId)))
                await forwarding;
            _invocations.Enqueue(await OutcomeAsync(worker.Name, invocationId, reply, context.Response.StatusCode));
        }
        finally
        {
            _running.TryRemove(invocationId, out _);
            finished.TrySetResult();
        }
    }

    // The host sends InvocationCancel when the caller goes away, if the worker says it handles it.
    private void Cancel(string invocationId)
    {
        if (_workerHandlesCancel)
            _channel.Send(new StreamingMessage { InvocationCancel = new InvocationCancel { InvocationId = invocationId } });
    }

    private static async Task<WorkerInvocation> OutcomeAsync(string function, string invocationId, Task<StreamingMessage> reply, int httpStatus)
    {
        try
        {
            var result = (await reply.WaitAsync(TimeSpan.FromSeconds(30))).InvocationResponse.Result;
            return new WorkerInvocation(function, invocationId, result?.Status ?? StatusResult.Types.Status.Failure,
                result is { Status: StatusResult.Types.Status.Success } ? null : result?.Exception?.Message ?? result?.Result, httpStatus);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            return new WorkerInvocation(function, invocationId, StatusResult.Types.Status.Failure, "No InvocationResponse: " + e.Message, httpStatus);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.ShutDownAsync(TimeSpan.FromSeconds(5));
        _invoker.Dispose();
    }
}
