using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Nextfunc.Tests.Shared.Loopback;

namespace Nextfunc.Tests.Caching.Fetch;

/// <summary>
/// The service a fetch-cache test calls: a real Kestrel app on 127.0.0.1 that counts the requests each path gets and
/// answers with the count, so a test asserts how many calls reached it and which answer it was served.
/// </summary>
internal sealed class CountingUpstream : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly WebApplication _web;

    private CountingUpstream(WebApplication web) => _web = web;

    public Uri BaseAddress => _web.BaseAddress();

    /// <summary>Requests <paramref name="path"/> received, any method.</summary>
    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public static async Task<CountingUpstream> StartAsync()
    {
        var web = LoopbackWeb.CreateBuilder(0, HttpProtocols.Http1).Build();
        var upstream = new CountingUpstream(web);
        web.Use((context, next) =>
        {
            var n = upstream._hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, v) => v + 1);
            context.Items["n"] = n;
            return next(context);
        });
        web.MapGet("/products", (HttpContext c) => Results.Text($"products #{c.Items["n"]} for {c.Request.Headers.Authorization}", "text/plain"));
        web.MapGet("/slow", async (HttpContext c) =>
        {
            await Task.Delay(300);
            return Results.Text($"slow #{c.Items["n"]}");
        });
        web.MapGet("/status/{code:int}", (int code, HttpContext c) => Results.Text($"status #{c.Items["n"]}", statusCode: code));
        web.MapGet("/cookie", (HttpContext c) =>
        {
            c.Response.Headers.SetCookie = "session=abc";
            return Results.Text($"cookie #{c.Items["n"]}");
        });
        web.MapGet("/private", (HttpContext c) =>
        {
            c.Response.Headers.CacheControl = "private, max-age=60";
            return Results.Text($"private #{c.Items["n"]}");
        });
        web.MapGet("/big", async (HttpContext c) =>
        {
            var body = new byte[3 * 1024 * 1024]; // over the 2 MB bound
            body[0] = (byte)(int)c.Items["n"]!;
            if (c.Request.Query.ContainsKey("length"))
                c.Response.ContentLength = body.Length;
            await c.Response.Body.WriteAsync(body);
        });
        await web.StartAsync();
        return upstream;
    }

    public async ValueTask DisposeAsync() => await _web.ShutDownAsync(TimeSpan.FromSeconds(5));
}
