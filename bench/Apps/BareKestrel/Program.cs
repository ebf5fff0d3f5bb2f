using System.Security.Cryptography;
using System.Text.Json;
using BenchApp.Lib;

// The baseline bench/run compares the adapter with: what a hand-written ASP.NET Core app does to put the
// same bytes and headers on the wire, and nothing more.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
builder.Logging.ClearProviders();
var app = builder.Build();

app.MapGet("/api/users/{id}", (string id, HttpResponse response) => BenchPayloads.WriteUserAsync(response, id));

app.MapGet("/mw/users/{id}", (string id, HttpResponse response) =>
{
    response.Headers["x-mw"] = "1";
    return BenchPayloads.WriteUserAsync(response, id);
});

// Stored bytes, as an output cache would hold them: rendered once, served with their ETag, 304 on a match.
var stored = JsonSerializer.SerializeToUtf8Bytes(BenchPayloads.Catalog, BenchJson.Default.Catalog);
var etag = "\"" + Convert.ToHexStringLower(MD5.HashData(stored)) + "\"";
app.MapGet("/api/static", (HttpContext context) =>
{
    var headers = context.Response.Headers;
    headers.CacheControl = "s-maxage=31536000";
    headers.ETag = etag;
    headers["x-nextjs-cache"] = "HIT";
    if (context.Request.Headers.IfNoneMatch == etag)
    {
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = stored.Length;
    return context.Response.Body.WriteAsync(stored).AsTask();
});

app.Run();
