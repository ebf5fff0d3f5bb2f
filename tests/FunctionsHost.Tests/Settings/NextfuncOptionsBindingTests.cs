using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nextfunc.Settings;
using Nextfunc.Tests.Middleware.Support;
using static Nextfunc.Tests.Settings.SettingsHarness;

namespace Nextfunc.Tests.Settings;

/// <summary>Every setting reaches <see cref="NextfuncOptions"/> from configuration, as environment variables name them too.</summary>
[Trait("Category", "InProcess")]
public sealed class NextfuncOptionsBindingTests
{
    [Fact]
    public void WithoutSettings_TheDefaultsApply()
    {
        var options = Bind();

        Assert.Null(options.BuildId);
        Assert.Null(options.MaxRequestBodySize);
        Assert.Equal(CacheStoreKind.Auto, options.Cache.Store);
        Assert.Equal("nextfunc-cache", options.Cache.Container);
        Assert.Equal(64, options.Cache.MemoryLimitMB);
        Assert.Equal(1, options.Cache.StoreTimeoutSeconds);
        Assert.Equal(2, options.Cache.FailureCooldownSeconds);
        Assert.Empty(options.Rewrites.AllowedHosts);
        Assert.False(options.OpenApi.Enabled);
    }

    [Fact]
    public void EnvironmentVariables_WithDoubleUnderscores_BindEverySetting()
    {
        // A prefix private to this test keeps the process environment of parallel tests apart; the provider strips it.
        var prefix = $"SLS_{Guid.NewGuid():N}_";
        var variables = new Dictionary<string, string>
        {
            ["Nextfunc__BuildId"] = "3f9c2ab",
            ["Nextfunc__MaxRequestBodySize"] = "1048576",
            ["Nextfunc__Cache__Store"] = "memory",
            ["Nextfunc__Cache__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Nextfunc__Cache__Container"] = "my-cache",
            ["Nextfunc__Cache__Path"] = "/data/cache",
            ["Nextfunc__Cache__MemoryLimitMB"] = "16",
            ["Nextfunc__Cache__StoreTimeoutSeconds"] = "0.25",
            ["Nextfunc__Cache__FailureCooldownSeconds"] = "0",
            ["Nextfunc__Cache__LockSeconds"] = "10",
            ["Nextfunc__Cache__LockWaitSeconds"] = "2",
            ["Nextfunc__Cache__TagCheckIntervalSeconds"] = "0",
            ["Nextfunc__Rewrites__AllowedHosts"] = "api.example.com, localhost:3001",
            ["Nextfunc__OpenApi__Enabled"] = "true",
        };
        foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(prefix + name, value);
        try
        {
            var options = Bind(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal("3f9c2ab", options.BuildId);
            Assert.Equal(1_048_576, options.MaxRequestBodySize);
            Assert.Equal(CacheStoreKind.Memory, options.Cache.Store);
            Assert.Equal("UseDevelopmentStorage=true", options.Cache.ConnectionString);
            Assert.Equal("my-cache", options.Cache.Container);
            Assert.Equal("/data/cache", options.Cache.Path);
            Assert.Equal(16, options.Cache.MemoryLimitMB);
            Assert.Equal(0.25, options.Cache.StoreTimeoutSeconds);
            Assert.Equal(0, options.Cache.FailureCooldownSeconds);
            Assert.Equal(10, options.Cache.LockSeconds);
            Assert.Equal(2, options.Cache.LockWaitSeconds);
            Assert.Equal(0, options.Cache.TagCheckIntervalSeconds);
            Assert.Equal(["api.example.com", "localhost:3001"], options.Rewrites.AllowedHosts);
            Assert.True(options.OpenApi.Enabled);
        }
        finally
        {
            foreach (var name in variables.Keys) Environment.SetEnvironmentVariable(prefix + name, null);
        }
    }

    [Fact]
    public void AllowedHosts_AsAList_InAppSettingsJson_BindsToo()
    {
        var options = Bind(("Nextfunc:Rewrites:AllowedHosts:0", "api.example.com"), ("Nextfunc:Rewrites:AllowedHosts:1", "cdn.example.com, localhost:3001"));

        Assert.Equal(["api.example.com", "cdn.example.com", "localhost:3001"], options.Rewrites.AllowedHosts);
    }

    [Fact]
    public void AnEmptyValue_MeansUnset_AsInTheExampleLocalSettings()
    {
        var options = Bind(("Nextfunc:Rewrites:AllowedHosts", ""), ("Nextfunc:MaxRequestBodySize", ""), ("Nextfunc:Cache:LockSeconds", ""));

        Assert.Empty(options.Rewrites.AllowedHosts);
        Assert.Null(options.MaxRequestBodySize);
        Assert.Equal(30, options.Cache.LockSeconds);
    }

    [Fact]
    public void CodeInProgramCs_WinsOverConfiguration_AndIsValidatedToo()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Nextfunc:Cache:MemoryLimitMB", "16")]).Build();

        var options = Bind(configuration, s => s.Configure<NextfuncOptions>(o => o.Cache.MemoryLimitMB = 128));
        Assert.Equal(128, options.Cache.MemoryLimitMB);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            Bind(configuration, s => s.Configure<NextfuncOptions>(o => o.Cache.MemoryLimitMB = -1)));
        Assert.Contains("Nextfunc:Cache:MemoryLimitMB is '-1'", error.Message);
    }

    [Fact]
    public void AMisspelledSetting_IsAWarning_NamingItAndTheSettingsBesideIt()
    {
        var logs = new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Nextfunc:Cache:StoreTimeout", "2"), new("Nextfunc:Cache:LockSeconds", "10"), new("Nextfunc:Rewrites:AllowedHosts:0", "a.com"),
        ]).Build();

        var options = Bind(configuration, s => s.AddLogging(b => b.AddProvider(logs)));

        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith("Nextfunc:Cache:StoreTimeout is not a setting of this app and is ignored.", warning.Message);
        Assert.Contains("Nextfunc:Cache:StoreTimeoutSeconds", warning.Message);
        Assert.Equal(1, options.Cache.StoreTimeoutSeconds);
    }
}
