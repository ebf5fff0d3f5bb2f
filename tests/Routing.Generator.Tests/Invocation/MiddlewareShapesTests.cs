using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Generator.Tests.Invocation;

/// <summary>
/// Every middleware shape the generator accepts, compiled and run: a middleware that returns nothing continues (Next.js's
/// "no answer"), one that takes the NextFetchEvent gets it, one without a matcher stays under basePath, and the
/// MaxDuration segment config reaches the manifest.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class MiddlewareShapesTests
{
    [Theory]
    [InlineData("public static void Middleware(NextRequest request) { Ran(request); }")]
    [InlineData("public static async Task Middleware(NextRequest request) { await Task.Yield(); Ran(request); }")]
    [InlineData("public static ValueTask Middleware(NextRequest request, NextFetchEvent fetchEvent) { Ran(request); return default; }")]
    [InlineData("public static NextResponse? Middleware(NextRequest request) { Ran(request); return null; }")]
    [InlineData("public static async Task<NextResponse?> Middleware(NextRequest request) { await Task.Yield(); Ran(request); return null; }")]
    public async Task MiddlewareWithoutAnAnswer_RunsAndContinues(string method)
    {
        var (answer, context) = await RunAsync(method);

        Assert.Null(answer);
        Assert.Equal("yes", context.Response.Headers["x-ran"].ToString());
    }

    [Theory]
    [InlineData("public static NextResponse Middleware(NextRequest request) { Ran(request); return NextResponse.Next(); }")]
    [InlineData("public static async ValueTask<NextResponse?> Middleware(NextRequest request, NextFetchEvent fetchEvent) { await Task.Yield(); Ran(request); fetchEvent.WaitUntil(Task.CompletedTask); return NextResponse.Next(); }")]
    public async Task MiddlewareWithAnAnswer_ReturnsIt(string method)
    {
        var (answer, context) = await RunAsync(method);

        Assert.NotNull(answer);
        Assert.True(answer.IsNext);
        Assert.Equal("yes", context.Response.Headers["x-ran"].ToString());
    }

    [Theory]
    [InlineData("public static NextResponse Middleware(NextRequest request, string extra) => NextResponse.Next();")]
    [InlineData("public static NextResponse Middleware(NextFetchEvent fetchEvent, NextRequest request) => NextResponse.Next();")]
    [InlineData("public static int Middleware(NextRequest request) => 1;")]
    public void MiddlewareOfAnotherShape_IsTheMiddlewareDiagnostic(string method)
    {
        var run = new TestProject().With("middleware.cs", Source(method)).Run();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == DiagnosticIds.InvalidMiddleware);
        Assert.Contains("NextFetchEvent", diagnostic.GetMessage());
    }

    [Fact]
    public void MaxDuration_ReachesTheRouteConfig()
    {
        var run = new TestProject().With("app/api/slow/route.cs", """
            namespace TestApp;

            public static class Slow
            {
                public const int MaxDuration = 12;

                public static IResult GET() => NextResponse.Text("ok");
            }
            """).Run();
        using var app = LoadedApp.Load(run);

        Assert.Equal(12, Assert.Single(app.Manifest.Routes).Config.MaxDuration);
    }

    [Theory]
    [InlineData("/docs/api/x", true)]
    [InlineData("/docs", true)]
    [InlineData("/api/x", false)]
    [InlineData("/docsx/api", false)]
    public void AMiddlewareWithoutAMatcher_RunsOnlyUnderBasePath(string path, bool runs)
    {
        var run = new TestProject()
            .With("middleware.cs", Source("public static void Middleware(NextRequest request) { }"))
            .With("next.config.cs", "namespace TestApp; public static class NextConfig { public const string BasePath = \"/docs\"; }")
            .Run();
        using var app = LoadedApp.Load(run);
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Features.Set(new RequestBasePathFeature("/docs")); // as the pipeline sets it for every request of the app

        Assert.Equal(runs, app.Manifest.Middleware!.Matches(context.Request));
    }

    private static async Task<(NextResponse? Answer, HttpContext Context)> RunAsync(string method)
    {
        using var app = LoadedApp.Load(new TestProject().With("middleware.cs", Source(method)).Run());
        var context = new DefaultHttpContext();
        context.Request.Path = "/anything";
        var middleware = app.Manifest.Middleware!;
        var answer = await middleware.Invoke(NextRequest.ForMiddleware(context), new NextFetchEvent(context));
        return (answer, context);
    }

    private static string Source(string method) => $$"""
        namespace TestApp;

        public static class AppMiddleware
        {
            {{method}}

            private static void Ran(NextRequest request) => request.HttpContext.Response.Headers["x-ran"] = "yes";
        }
        """;
}
