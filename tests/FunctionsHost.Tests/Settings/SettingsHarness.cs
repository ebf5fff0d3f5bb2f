using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nextfunc.Settings;

namespace Nextfunc.Tests.Settings;

/// <summary>Binds <see cref="NextfuncOptions"/> from a configuration as the host registers it.</summary>
internal static class SettingsHarness
{
    public static NextfuncOptions Bind(params (string Key, string? Value)[] settings) =>
        Bind(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    public static NextfuncOptions Bind(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddNextfuncOptions(configuration);
        configure?.Invoke(services);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<NextfuncOptions>>().Value;
    }

    /// <summary>The start error for <paramref name="settings"/>; fails the test when they are accepted.</summary>
    public static string Problem(params (string Key, string? Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => Bind(settings)).Message;
}
