using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>
/// A second tiny Kestrel listener on loopback standing in for another origin: answers 200 with
/// <c>origin:METHOD PATH?QUERY</c> and tags the response with <c>x-origin: other</c>.
/// </summary>
public sealed class OtherOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtherOrigin(WebApplication app, Uri address, StrongBox<int> requests)
    {
        _app = app;
        _requests = requests;
        Address = address;
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>How many requests reached this origin.</summary>
    public int Requests => Volatile.Read(ref _requests.Value);

    private readonly StrongBox<int> _requests;

    public static async Task<OtherOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var requests = new StrongBox<int>();
        app.Run(context =>
        {
            Interlocked.Increment(ref requests.Value);
            context.Response.Headers["x-origin"] = "other";
            return context.Response.WriteAsync($"origin:{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new OtherOrigin(app, new Uri(address), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
