using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nextfunc.Hosting;
using Nextfunc.Routing;
using Nextfunc.Settings;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// An app started on Kestrel with a local.settings.json: its <c>Values</c> are the app's settings, without being written
/// into the process environment, and a bad one stops the start.
/// </summary>
[Trait("Category", "Functional")]
public sealed class LocalSettingsStartTests : IDisposable
{
    private readonly string _app = Directory.CreateTempSubdirectory("sls-settings-").FullName;
    private readonly string _variable = $"SLS_TEST_{Guid.NewGuid():N}";

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        Directory.Delete(_app, recursive: true);
    }

    [Fact]
    public async Task AnAppReadsValues_AsSettings_WithoutWritingThemIntoTheEnvironment()
    {
        File.WriteAllText(Path.Combine(_app, "local.settings.json"), $$"""
            { "IsEncrypted": false,
              "Values": { "Nextfunc__BuildId": "from-file", "Nextfunc__Cache__Store": "Memory", "Nextfunc__Cache__LockWaitSeconds": "2",
                          "{{_variable}}": "from-file" },
              "Host": { "LocalHttpPort": 7123 } }
            """);
        Environment.SetEnvironmentVariable(_variable, null);

        NextfuncAppBuilder builder = null!;
        await using var app = await AppUnderTest.StartAsync(new FunctionAppManifest([], null, "manifest-build"), b => builder = b,
            ["--Nextfunc:Cache:LockWaitSeconds=1"], _app);

        var options = app.Services.GetRequiredService<IOptions<NextfuncOptions>>().Value;
        Assert.Equal("from-file", options.BuildId);
        Assert.Equal(CacheStoreKind.Memory, options.Cache.Store);
        Assert.Equal(1, options.Cache.LockWaitSeconds);
        Assert.Equal("from-file", builder.Configuration[_variable]);
        Assert.Null(Environment.GetEnvironmentVariable(_variable));
        Assert.Null(Environment.GetEnvironmentVariable("Nextfunc__BuildId"));
        Assert.Equal(7123, builder.Files.LocalHttpPort);
    }

    [Fact]
    public async Task ABadValueInLocalSettings_StopsTheAppFromStarting()
    {
        File.WriteAllText(Path.Combine(_app, "local.settings.json"), """{ "Values": { "Nextfunc__Cache__StoreTimeoutSeconds": "fast" } }""");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = await AppUnderTest.StartAsync(new FunctionAppManifest([], null, "b"), appDirectory: _app);
        });

        Assert.Contains("Nextfunc:Cache:StoreTimeoutSeconds is 'fast'", error.Message);
    }
}
