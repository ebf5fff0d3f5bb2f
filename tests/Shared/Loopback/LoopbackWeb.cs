using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Tests.Shared.Loopback;

/// <summary>
/// The Kestrel servers the test hosts run (public HTTP fronts, the gRPC endpoint a worker dials): on
/// 127.0.0.1 only, silent (their own logging would drown the app's), no Server header, and stopped within
/// a bound so that a hung connection cannot hang a test run.
/// </summary>
public static class LoopbackWeb
{
    /// <summary>A slim builder listening on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
    public static WebApplicationBuilder CreateBuilder(int port, HttpProtocols protocols, Action<KestrelServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port, o => o.Protocols = protocols);
            k.AddServerHeader = false;
            configure?.Invoke(k);
        });
        return builder;
    }

    /// <summary>The address the started app listens on, ending in <c>/</c>, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public static Uri BaseAddress(this WebApplication web)
    {
        var address = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Stops (waiting at most <paramref name="grace"/> for open requests) and disposes the app.</summary>
    public static async Task ShutDownAsync(this WebApplication web, TimeSpan grace)
    {
        using var timeout = new CancellationTokenSource(grace);
        await web.StopAsync(timeout.Token);
        await web.DisposeAsync();
    }
}
