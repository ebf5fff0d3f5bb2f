using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Hosting;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;

namespace Nextfunc.Tests.Hosting;

/// <summary>A handler's service that nobody registered stops the start, naming the handler, its file and the fix.</summary>
[Trait("Category", "InProcess")]
public sealed class HandlerServicesTests
{
    public interface ITodoStore;

    private sealed class TodoStore : ITodoStore;

    private static readonly Nextfunc.Routing.FunctionAppManifest Manifest = new ManifestBuilder("b1")
        .Route("app/api/todos/route.cs", "/api/todos")
            .Function("r11_api_todos_GET", "GET", static i => new(NextResponse.Text("ok"))).Requires(typeof(ITodoStore))
            .Function("r11_api_todos_POST", "POST", static i => new(NextResponse.Text("ok")))
        .Build();

    [Fact]
    public void ThrowIfMissing_UnregisteredService_NamesTheVerbTheRouteFileAndTheRegistration()
    {
        // Arrange
        using var services = new ServiceCollection().BuildServiceProvider();

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => HandlerServices.ThrowIfMissing(Manifest, services));

        // Assert
        Assert.Contains("GET in app/api/todos/route.cs takes ITodoStore", error.Message);
        Assert.Contains("builder.Services.AddSingleton<ITodoStore, TodoStore>()", error.Message);
        Assert.DoesNotContain("POST", error.Message);
    }

    [Fact]
    public void ThrowIfMissing_EveryServiceRegistered_Passes()
    {
        using var services = new ServiceCollection().AddSingleton<ITodoStore, TodoStore>().BuildServiceProvider();

        HandlerServices.ThrowIfMissing(Manifest, services);
    }

    [Fact]
    public void Build_ToServe_WithAMissingService_FailsTheStartInsteadOfTheFirstRequest()
    {
        // Arrange
        var builder = NextfuncApp.CreateBuilder(["--urls", "http://127.0.0.1:0", "--Nextfunc:Cache:Store=memory"], Manifest);

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        // Assert
        Assert.Contains("ITodoStore", error.Message);
    }
}
