using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Nextfunc.Settings;

/// <summary>
/// local.settings.json <c>Values</c> (and host.json log levels) as a configuration source with the precedence they
/// have under <c>func start</c>, where they are environment variables: above appsettings.json, below real
/// environment variables and the command line. The process environment itself is left alone.
/// </summary>
internal static class LocalSettingsConfiguration
{
    private static readonly string[] HostPrefixes = ["ASPNETCORE_", "DOTNET_"];

    /// <summary>Inserts <paramref name="settings"/> just before the (unprefixed) environment variables source.</summary>
    /// <example><code>builder.Configuration.AddLocalSettings(FunctionsHostFiles.Read(AppContext.BaseDirectory).Settings);</code></example>
    public static void AddLocalSettings(this IConfigurationBuilder configuration, IReadOnlyDictionary<string, string?> settings)
    {
        var data = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase);
        // As the prefixed environment sources do: ASPNETCORE_URLS is also read as "urls". Those sources come first in
        // the chain, below this one, so a real variable of the same name is honoured by leaving the key out.
        foreach (var (key, value) in settings)
            if (HostPrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix
                && Environment.GetEnvironmentVariable(key) is null)
                data.TryAdd(key[prefix.Length..], value);

        var source = new MemoryConfigurationSource { InitialData = data };
        var sources = configuration.Sources;
        var environment = -1;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
                environment = i;
        if (environment < 0) sources.Add(source);
        else sources.Insert(environment, source);
    }
}
