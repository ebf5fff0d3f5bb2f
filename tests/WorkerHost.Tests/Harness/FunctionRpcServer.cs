using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Tests.Shared.Loopback;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The host's gRPC endpoint: Kestrel on a free 127.0.0.1 port speaking HTTP/2 without TLS (h2c), which is
/// what the worker's <c>--functions-uri http://127.0.0.1:PORT/</c> expects. Message size limits are off, as
/// the host passes <c>--functions-grpc-max-message-length 2147483647</c>.
/// </summary>
public sealed class FunctionRpcServer : IAsyncDisposable
{
    private readonly WebApplication _web;

    private FunctionRpcServer(WebApplication web, Uri address)
    {
        _web = web;
        Address = address;
    }

    /// <summary>The URI passed to the worker as <c>--functions-uri</c>, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="channel"/>'s EventStream.</summary>
    public static async Task<FunctionRpcServer> StartAsync(WorkerChannel channel)
    {
        var builder = LoopbackWeb.CreateBuilder(0, HttpProtocols.Http2);
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = null;
            o.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(channel);
        var web = builder.Build();
        web.MapGrpcService<FunctionRpcService>();
        await web.StartAsync();
        return new FunctionRpcServer(web, web.BaseAddress());
    }

    /// <inheritdoc />
    /// <remarks>Stopping waits for open calls; by now the worker is gone, so a short wait is plenty.</remarks>
    public async ValueTask DisposeAsync() => await _web.ShutDownAsync(TimeSpan.FromSeconds(2));
}
