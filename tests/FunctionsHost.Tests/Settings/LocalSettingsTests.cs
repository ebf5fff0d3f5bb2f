using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nextfunc.Hosting;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Settings;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// local.settings.json <c>Values</c> rank as under <c>func start</c> (where they are environment variables): over
/// appsettings.json, under real environment variables and the command line; and the process environment is left alone.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class LocalSettingsTests : IDisposable
{
    private readonly string _app = Directory.CreateTempSubdirectory("sls-settings-").FullName;
    private readonly string _variable = $"SLS_TEST_{Guid.NewGuid():N}";

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        Directory.Delete(_app, recursive: true);
    }

    [Fact]
    public void Values_RankAboveAppSettings_AndBelowTheEnvironmentAndTheCommandLine()
    {
        Environment.SetEnvironmentVariable(_variable, "environment");
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection([new("FromAppSettings", "appsettings"), new("Overridden", "appsettings")])
            .AddEnvironmentVariables()
            .AddCommandLine(["--ByCommandLine=command line"]);

        builder.AddLocalSettings(new Dictionary<string, string?>
        {
            ["Overridden"] = "local.settings.json",
            [_variable] = "local.settings.json",
            ["ByCommandLine"] = "local.settings.json",
        });
        var configuration = builder.Build();

        Assert.Equal("appsettings", configuration["FromAppSettings"]);
        Assert.Equal("local.settings.json", configuration["Overridden"]);
        Assert.Equal("environment", configuration[_variable]);
        Assert.Equal("command line", configuration["ByCommandLine"]);
    }

    [Fact]
    public void AHostSettingInValues_IsReadWithoutItsPrefix_UnlessTheRealVariableIsSet()
    {
        var unset = $"SLS_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable("ASPNETCORE_" + _variable, "environment");
        try
        {
            var builder = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddEnvironmentVariables();
            builder.AddLocalSettings(new Dictionary<string, string?> { ["ASPNETCORE_" + _variable] = "local.settings.json", ["ASPNETCORE_" + unset] = "local.settings.json" });
            var configuration = builder.Build();

            Assert.Equal("environment", configuration[_variable]);
            Assert.Equal("local.settings.json", configuration[unset]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_" + _variable, null);
        }
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("""{ "logging": { "logLevel": { "default": "Information" } } }""", false)]
    [InlineData("""{ "logging": { "logLevel": { "Microsoft.AspNetCore": "Information" } } }""", true)]
    public void AspNetCoresOwnRequestLines_AreOffUnlessAsked_WhileThePipelinesLineStays(string? hostJson, bool aspNetCoreLines)
    {
        if (hostJson is not null)
            File.WriteAllText(Path.Combine(_app, "host.json"), hostJson);

        var app = new NextfuncAppBuilder(["--urls", "http://127.0.0.1:0"], new FunctionAppManifest([], null, "b"), _app).Build();
        var loggers = app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();

        var hosting = loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        var pipeline = loggers.CreateLogger("Nextfunc.Pipeline.RequestPipeline");
        Assert.Equal(aspNetCoreLines, hosting.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.True(hosting.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.True(pipeline.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }
}
