using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.FunctionsHost.Settings;

namespace Serverless.FunctionsHost.Tests.Settings;

/// <summary>Binds <see cref="ServerlessOptions"/> from a configuration as the host registers it.</summary>
internal static class SettingsHarness
{
    public static ServerlessOptions Bind(params (string Key, string? Value)[] settings) =>
        Bind(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    public static ServerlessOptions Bind(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddServerlessOptions(configuration);
        configure?.Invoke(services);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ServerlessOptions>>().Value;
    }

    /// <summary>The start error for <paramref name="settings"/>; fails the test when they are accepted.</summary>
    public static string Problem(params (string Key, string? Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => Bind(settings)).Message;
}
