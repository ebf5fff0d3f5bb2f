using BenchApp.Lib;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The isolated-worker baseline: what a hand-written function costs behind the same test host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Build().Run();

/// <summary>GET /api/users/{id}, written by hand.</summary>
public static class Users
{
    [Function("users")]
    public static Task Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/users/{id}")] HttpRequest request, string id) =>
        BenchPayloads.WriteUserAsync(request.HttpContext.Response, id);
}
