using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nextfunc.Hosting;
using Nextfunc.Routing;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// NextfuncTestApp starts an app as production does, through its own entry point: Program.cs's registrations are there
/// (the sample's handlers take IUserStore, which only Program.cs registers), and a missing one fails the start by name.
/// </summary>
[Trait("Category", "Functional")]
public sealed class SampleTestAppTests
{
    [Fact]
    public async Task StartAsync_RunsProgramCs_SoHandlersGetTheServicesItRegisters()
    {
        // Act
        await using var app = await NextfuncTestApp.StartAsync(SampleApp.GeneratedFunctions.Manifest);
        using var response = await app.Client.GetAsync("/api/users/me");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"Ada\"", await response.Content.ReadAsStringAsync());
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
    }

    [Fact]
    public async Task StartAsync_TestSettings_ApplyBeforeTheAppServes()
    {
        await using var app = await NextfuncTestApp.StartAsync(SampleApp.GeneratedFunctions.Manifest,
            b => b.Configuration["Nextfunc:Keys:Function"] = "test-key");

        using var without = await app.Client.GetAsync("/api/admin/stats");
        using var with = await app.Client.GetAsync("/api/admin/stats?code=test-key");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task StartAsync_ByDefault_RunsInDevelopment_AndArgsCanSayOtherwise()
    {
        await using var development = await NextfuncTestApp.StartAsync(SampleApp.GeneratedFunctions.Manifest);
        await using var production = await NextfuncTestApp.StartAsync(SampleApp.GeneratedFunctions.Manifest, args: ["--environment", "Production"]);

        Assert.True(development.Services.GetRequiredService<IHostEnvironment>().IsDevelopment());
        Assert.True(production.Services.GetRequiredService<IHostEnvironment>().IsProduction());
    }

    [Fact]
    public async Task StartAsync_ManifestBuiltByHand_SaysItNeedsAnAppProject()
    {
        var manifest = new ManifestBuilder("by-hand").Route("app/route.cs", "/").Function("r_GET", "GET", static i => new(NextResponse.Text("x"))).Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NextfuncTestApp.StartAsync(manifest));

        Assert.Contains("no entry point", error.Message);
    }
}
