using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Middleware;

/// <summary>
/// Functions middlewares (the isolated worker's <c>IFunctionsWorkerMiddleware</c>, registered with the
/// worker's own <c>UseMiddleware</c>/<c>UseWhen</c>) on Kestrel: registration order, outermost first, around
/// the Next-style middleware and the function; <c>UseWhen</c> only when its predicate holds.
/// </summary>
[Trait("Category", "Functional")]
public sealed class FunctionsMiddlewareTests : IAsyncLifetime
{
    private readonly OrderLog _log = new();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        var next = new TestMiddleware(r =>
        {
            _log.Add("mw");
            return NextResponse.Next();
        }, "/api/:path*", "/gone/:path*");
        _app = await AppUnderTest.StartAsync(Manifest(
        [
            Route("/api/items/[id]", null,
                (HttpVerb.GET, i => { _log.Add("fn"); return new(NextResponse.Text("item " + i.Context.Params["id"])); }),
                (HttpVerb.DELETE, i => { _log.Add("fn"); return new(NextResponse.Empty()); })),
        ], next.Definition), b =>
        {
            b.Services.AddSingleton(_log);
            b.UseMiddleware<OuterMiddleware>()
             .UseMiddleware<InnerMiddleware>()
             .UseWhen<ConditionalMiddleware>(ctx => ctx.GetHttpContext()!.Request.Headers.ContainsKey("x-run-c"));
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Middlewares_RunInRegistrationOrder_AroundNextMiddlewareAndFunction()
    {
        var response = await _app.Client.SendAsync(Wire.Request(HttpMethod.Get, "/api/items/7", ("x-run-c", "1")));

        Assert.Equal("item 7", await response.Content.ReadAsStringAsync());
        Assert.Equal(["A>", "B>", "C>", "mw", "fn", "<C", "<B", "<A"], Steps());
    }

    [Fact]
    public async Task UseWhen_PredicateFalse_IsSkipped()
    {
        var response = await _app.Client.GetAsync("/api/items/7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["A>", "B>", "mw", "fn", "<B", "<A"], Steps());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task FunctionDefinition_IsTheFunctionThePathAndMethodResolveTo(string method)
    {
        var function = RoutePattern.Parse("/api/items/[id]").FunctionBaseName + "_" + method;

        await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/items/7"));

        Assert.Contains("A.function=" + function, _log.Steps);
    }

    [Theory]
    [InlineData("GET", "/gone/nowhere")] // 404
    [InlineData("POST", "/api/items/7")] // 405: the route has no POST
    public async Task FunctionDefinition_IsTheFallbackWhenNoRouteFunctionTakesTheRequest(string method, string path)
    {
        // As under the Functions host, where only the fallback function's route and methods match.
        await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Contains("A.function=zz_fallback", _log.Steps);
        Assert.DoesNotContain("fn", _log.Steps);
    }

    [Fact]
    public async Task FunctionContext_CarriesTheRequestAndRouteValues_AsInTheWorker()
    {
        string? seen = null;
        await using var app = await AppUnderTest.StartAsync(Manifest(
        [
            Route("/api/items/[id]", null, (HttpVerb.GET, i => new(NextResponse.Text("ok")))),
        ]), b => b.UseMiddleware(async (context, next) =>
        {
            seen = $"{context.GetHttpContext()?.Request.Path} id={context.BindingContext.BindingData["id"]} " +
                   $"cancel={context.CancellationToken.CanBeCanceled} services={context.InstanceServices is not null} " +
                   $"trigger={context.FunctionDefinition.InputBindings["req"].Type}";
            await next();
        }));

        var response = await app.Client.GetAsync("/api/items/a%2Fb");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/items/a%2Fb id=a/b cancel=True services=True trigger=httpTrigger", seen);
    }

    private List<string> Steps() => _log.Steps.Where(s => !s.Contains(".function=")).ToList();
}
