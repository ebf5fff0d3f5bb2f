using Nextfunc.Routing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Hosting;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Middleware;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// A real Kestrel host on a free loopback port serving a hand-built manifest, and an HttpClient
/// that never follows redirects. Disposing stops the server.
/// </summary>
internal sealed class KestrelApp : IAsyncDisposable
{
    private readonly NextfuncApp _app;

    private KestrelApp(NextfuncApp app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public static async Task<KestrelApp> StartAsync(IReadOnlyList<RouteEntry> routes, MiddlewareDefinition? middleware = null, Action<NextfuncAppBuilder>? configure = null, string? buildId = null,
        string? openApiDocument = null)
    {
        // Each test host gets a private in-memory cache unless the test configures a store.
        var builder = NextfuncApp.CreateBuilder(["--urls", "http://127.0.0.1:0", "--Nextfunc:Cache:Store=memory"],
            new FunctionAppManifest(routes, middleware, buildId ?? "test-build-" + Guid.NewGuid().ToString("N")) { OpenApiDocument = openApiDocument });
        configure?.Invoke(builder);
        var app = builder.Build();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new KestrelApp(app, new Uri(address));
    }

    /// <summary>A route entry from a pattern and verb handlers, as the generator would emit it.</summary>
    public static RouteEntry Route(string pattern, SegmentConfig? config = null, params (HttpVerb Verb, RouteHandler Handler)[] handlers)
    {
        var p = RoutePattern.Parse(pattern);
        return new RouteEntry(p, RouteFileKind.Route, $"app{pattern}/route.cs", config ?? SegmentConfig.Default,
            handlers.Select(h => new RouteFunction($"{p.FunctionBaseName}_{h.Verb}", h.Verb, h.Handler.ToFunctionHandler())).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.Web!.DisposeAsync();
    }
}
