using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.FunctionsHost.Tests.Middleware.Support;
using Serverless.FunctionsHost.Settings;
using static Serverless.FunctionsHost.Tests.Settings.SettingsHarness;

namespace Serverless.FunctionsHost.Tests.Settings;

/// <summary>Every setting reaches <see cref="ServerlessOptions"/> from configuration, as environment variables name them too.</summary>
public sealed class ServerlessOptionsBindingTests
{
    [Fact]
    public void WithoutSettings_TheDefaultsApply()
    {
        var options = Bind();

        Assert.Null(options.BuildId);
        Assert.Null(options.MaxRequestBodySize);
        Assert.Equal(CacheStoreKind.Auto, options.Cache.Store);
        Assert.Equal("serverless-cache", options.Cache.Container);
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
            ["Serverless__BuildId"] = "3f9c2ab",
            ["Serverless__MaxRequestBodySize"] = "1048576",
            ["Serverless__Cache__Store"] = "memory",
            ["Serverless__Cache__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Serverless__Cache__Container"] = "my-cache",
            ["Serverless__Cache__Path"] = "/data/cache",
            ["Serverless__Cache__MemoryLimitMB"] = "16",
            ["Serverless__Cache__StoreTimeoutSeconds"] = "0.25",
            ["Serverless__Cache__FailureCooldownSeconds"] = "0",
            ["Serverless__Cache__LockSeconds"] = "10",
            ["Serverless__Cache__LockWaitSeconds"] = "2",
            ["Serverless__Cache__TagCheckIntervalSeconds"] = "0",
            ["Serverless__Rewrites__AllowedHosts"] = "api.example.com, localhost:3001",
            ["Serverless__OpenApi__Enabled"] = "true",
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
        var options = Bind(("Serverless:Rewrites:AllowedHosts:0", "api.example.com"), ("Serverless:Rewrites:AllowedHosts:1", "cdn.example.com, localhost:3001"));

        Assert.Equal(["api.example.com", "cdn.example.com", "localhost:3001"], options.Rewrites.AllowedHosts);
    }

    [Fact]
    public void AnEmptyValue_MeansUnset_AsInTheExampleLocalSettings()
    {
        var options = Bind(("Serverless:Rewrites:AllowedHosts", ""), ("Serverless:MaxRequestBodySize", ""), ("Serverless:Cache:LockSeconds", ""));

        Assert.Empty(options.Rewrites.AllowedHosts);
        Assert.Null(options.MaxRequestBodySize);
        Assert.Equal(30, options.Cache.LockSeconds);
    }

    [Fact]
    public void CodeInProgramCs_WinsOverConfiguration_AndIsValidatedToo()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Serverless:Cache:MemoryLimitMB", "16")]).Build();

        var options = Bind(configuration, s => s.Configure<ServerlessOptions>(o => o.Cache.MemoryLimitMB = 128));
        Assert.Equal(128, options.Cache.MemoryLimitMB);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            Bind(configuration, s => s.Configure<ServerlessOptions>(o => o.Cache.MemoryLimitMB = -1)));
        Assert.Contains("Serverless:Cache:MemoryLimitMB is '-1'", error.Message);
    }

    [Fact]
    public void AMisspelledSetting_IsAWarning_NamingItAndTheSettingsBesideIt()
    {
        var logs = new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Serverless:Cache:StoreTimeout", "2"), new("Serverless:Cache:LockSeconds", "10"), new("Serverless:Rewrites:AllowedHosts:0", "a.com"),
        ]).Build();

        var options = Bind(configuration, s => s.AddLogging(b => b.AddProvider(logs)));

        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith("Serverless:Cache:StoreTimeout is not a setting of this app and is ignored.", warning.Message);
        Assert.Contains("Serverless:Cache:StoreTimeoutSeconds", warning.Message);
        Assert.Equal(1, options.Cache.StoreTimeoutSeconds);
    }
}
