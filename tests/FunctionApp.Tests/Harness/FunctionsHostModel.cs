using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Tests.Shared.Apps;
using Nextfunc.Tests.Shared.HostProxying;
using Nextfunc.Tests.Shared.HostRouting;
using Nextfunc.Tests.Shared.Loopback;
using Yarp.ReverseProxy.Forwarder;

namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>
/// A model of the Azure Functions host for a custom-handler Function App folder, built from the docs and
/// the host source (see docs/azure-functions.md). It is NOT the host: no auth keys, no admin API, no
/// homepage, no retries, no scale-out. What it does reproduce: start the handler as host.json says and
/// wait for <c>GET /</c>; route with the function.json files (name order, first match wins, methods as a
/// constraint, ASP.NET Core templates); proxy a matched request with YARP and the invocation headers;
/// answer 404 itself when no function matches.
/// </summary>
/// <example>
/// <code>
/// await using var host = await FunctionsHostModel.StartAsync("out/sample-functions");
/// var response = await new HttpClient().GetAsync(new Uri(host.BaseAddress, "/api/users/me"));
/// </code>
/// </example>
public sealed class FunctionsHostModel : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly ConcurrentQueue<HostInvocation> _invocations = new();

    private FunctionsHostModel(WebApplication web, AppUnderTest handler, HostRouteTable routes)
    {
        _web = web;
        Handler = handler;
        Routes = routes;
    }

    /// <summary>The model's public address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running custom handler.</summary>
    public AppUnderTest Handler { get; }

    /// <summary>The route table read from the layout.</summary>
    public HostRouteTable Routes { get; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyCollection<HostInvocation> Invocations => _invocations;

    /// <summary>
    /// Starts the handler of <paramref name="layoutDirectory"/> (with the Function App's <paramref name="appSettings"/>), then
    /// listens on 127.0.0.1:<paramref name="port"/> (0 = any free port). The readiness budget defaults to the host's 30 s.
    /// Like the host, it checks function keys (<see cref="HostKeys"/>) before it forwards.
    /// </summary>
    public static async Task<FunctionsHostModel> StartAsync(string layoutDirectory, int port = 0, TimeSpan? readinessBudget = null, Action<string>? log = null,
        IReadOnlyDictionary<string, string>? appSettings = null)
    {
        var routes = HostRouteTable.Load(layoutDirectory);
        // Like the host: ready once GET / gets any HTTP answer (a 404 too), polled every 25 ms within the budget.
        var readiness = new AppReadiness("/", readinessBudget ?? TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(25));
        var handler = await AppUnderTest.StartProcessAsync("The custom handler", port => CustomHandlerCommand.For(layoutDirectory, port, appSettings), readiness);
        try
        {
            // The host's documented 100 MB request limit.
            var builder = LoopbackWeb.CreateBuilder(port, HttpProtocols.Http1AndHttp2, k => k.Limits.MaxRequestBodySize = 104_857_600);
            builder.Services.AddHttpForwarder();
            var web = builder.Build();
            var model = new FunctionsHostModel(web, handler, routes);
            var forwarder = web.Services.GetRequiredService<IHttpForwarder>();
            // As DefaultHttpProxyService: no redirects followed, no cookie container, 240 s activity timeout.
            var invoker = new HttpMessageInvoker(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ActivityHeadersPropagator = null,
            });
            var config = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(240) };
            var destination = handler.BaseAddress.ToString();
            web.Run(context => model.InvokeAsync(context, forwarder, invoker, config, destination, log));
            await web.StartAsync();
            model.BaseAddress = web.BaseAddress();
            return model;
        }
        catch
        {
            await handler.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the model is asked to stop (Ctrl+C or SIGTERM, handled by the ASP.NET Core console lifetime).</summary>
    public Task WaitForShutdownAsync()
    {
        var stopping = new TaskCompletionSource();
        _web.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
        await Handler.DisposeAsync();
    }

    private async Task InvokeAsync(HttpContext context, IHttpForwarder forwarder, HttpMessageInvoker invoker,
        ForwarderRequestConfig config, string destination, Action<string>? log)
    {
        var request = context.Request;
        var function = Routes.Match(request.Method, request.Path);
        if (function is null)
        {
            // No function route matched: the host answers 404 itself and our process never sees the request.
            _invocations.Enqueue(new HostInvocation(request.Method, request.Path, null, null));
            log?.Invoke($"{request.Method} {request.Path}{request.QueryString} -> 404 (no function)");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HostKeys.Authorizes(request, function.AuthLevel))
        {
            // The host's key check: 401, empty, and the app never sees the request.
            log?.Invoke($"{request.Method} {request.Path}{request.QueryString} -> {function.Name} -> 401 (no valid key)");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        _invocations.Enqueue(new HostInvocation(request.Method, request.Path, function.Name, invocationId));
        var error = await forwarder.SendAsync(context, destination, invoker, config, new InvocationHeadersTransformer(invocationId));
        log?.Invoke($"{request.Method} {request.Path}{request.QueryString} -> {function.Name} -> {context.Response.StatusCode}{(error == ForwarderError.None ? "" : " (" + error + ")")}");
        // On a forwarding error YARP has already set 502/504 when the response had not started.
    }
}
