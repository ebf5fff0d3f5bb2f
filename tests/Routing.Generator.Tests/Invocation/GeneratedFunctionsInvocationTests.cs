using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Generator.Tests.Invocation;

[Trait("Category", "InProcess")]
public sealed class GeneratedFunctionsInvocationTests : IDisposable
{
    private readonly GeneratorRun _run = SampleRoutes.App().Run();
    private readonly LoadedApp _app;

    public GeneratedFunctionsInvocationTests() => _app = LoadedApp.Load(_run);

    public void Dispose() => _app.Dispose();

    [Fact]
    public void Compile_GeneratedCodeWithRoutes_HasNoErrors()
    {
        Assert.Empty(_run.CompileErrors());
    }

    [Fact]
    public void Manifest_RoutesAndFunctions_OneFunctionPerExportedVerb()
    {
        var functions = _app.Manifest.Functions.Select(f => (f.Function.Name, f.Function.Verb, f.Route.Pattern.Text)).ToList();

        Assert.Equal(
        [
            ("r111_api_users_me_GET", HttpVerb.GET, "/api/users/me"),
            ("r112_api_users_id_DELETE", HttpVerb.DELETE, "/api/users/[id]"),
            ("r112_api_users_id_GET", HttpVerb.GET, "/api/users/[id]"),
            ("r113_api_files_path_GET", HttpVerb.GET, "/api/files/[...path]"),
            ("r11_api_products_GET", HttpVerb.GET, "/api/products"),
            ("r11_api_users_GET", HttpVerb.GET, "/api/users"),
            ("r11_api_users_POST", HttpVerb.POST, "/api/users"),
            ("r14_docs_slug_GET", HttpVerb.GET, "/docs/[[...slug]]"),
        ], functions);
    }

    [Fact]
    public void Manifest_PrivateFolderRoute_IsNotEmitted()
    {
        Assert.DoesNotContain(_app.Manifest.Routes, r => r.SourceFile.Contains("_lib"));
        Assert.Equal(RouteMatchStatus.NotFound, _app.Manifest.Table.Match("/_lib", out _));
    }

    [Fact]
    public void Manifest_RouteGroupFile_ServesUrlWithoutGroupAndKeepsSegmentConfig()
    {
        var products = Assert.Single(_app.Manifest.Routes, r => r.Pattern.Text == "/api/products");

        Assert.Equal("app/(catalog)/api/products/route.cs", products.SourceFile);
        Assert.Equal(DynamicBehavior.ForceStatic, products.Config.Dynamic);
        Assert.Equal(60, products.Config.Revalidate);
        Assert.True(products.IsPrerendered);
    }

    [Fact]
    public async Task Invoke_StaticRoute_ReturnsHandlerResponse()
    {
        var result = await _app.InvokeAsync(HttpVerb.GET, "/api/users/me");

        Assert.Equal(200, result.Status);
        Assert.Equal("me", result.Body);
        Assert.Equal("r111_api_users_me_GET", result.FunctionName);
    }

    [Fact]
    public async Task Invoke_DynamicRouteWithService_BindsDecodedParamAndService()
    {
        var result = await _app.InvokeAsync(HttpVerb.GET, "/api/users/caf%C3%A9",
            services => services.AddSingleton(_app.Type("TestApp.Api.IGreeter"), _app.Type("TestApp.Api.Greeter")));

        Assert.Equal(200, result.Status);
        Assert.Equal("hello caf\u00e9 via r112_api_users_id_GET", result.Body);
    }

    [Fact]
    public async Task Invoke_ValueTaskHandler_IsAwaited()
    {
        var result = await _app.InvokeAsync(HttpVerb.DELETE, "/api/users/42");

        Assert.Equal(204, result.Status);
        Assert.Equal("", result.Body);
    }

    [Fact]
    public async Task Invoke_AsyncHandlerWithRequestAndCancellation_IsAwaited()
    {
        var result = await _app.InvokeAsync(HttpVerb.POST, "/api/users");

        Assert.Equal(201, result.Status);
        Assert.Equal("created", result.Body);
    }

    [Fact]
    public async Task Invoke_CatchAll_GetsDecodedSegments()
    {
        var result = await _app.InvokeAsync(HttpVerb.GET, "/api/files/a%2Fb/c");

        Assert.Equal("a/b|c", result.Body);
    }

    [Theory]
    [InlineData("/docs", "docs index")]
    [InlineData("/docs/intro/setup", "docs: intro|setup")]
    public async Task Invoke_OptionalCatchAll_KeyAbsentForZeroSegments(string path, string body)
    {
        var result = await _app.InvokeAsync(HttpVerb.GET, path);

        Assert.Equal(body, result.Body);
    }

    [Fact]
    public async Task Invoke_HttpContextParameter_ReceivesTheRequestContext()
    {
        var result = await _app.InvokeAsync(HttpVerb.GET, "/api/products");

        Assert.Equal("products", result.Body);
    }

}
