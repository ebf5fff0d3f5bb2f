using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Nextfunc.Settings;

/// <summary>The log levels an app starts from, below every configuration source it has.</summary>
internal static class LoggingDefaults
{
    /// <summary>
    /// What <c>dotnet new web</c>'s appsettings.json says, below every other source: ASP.NET Core's own
    /// "Request starting" / "Request finished" lines at Warning. The pipeline already logs one line per request,
    /// as the Functions host does, and that one alone costs about a fifth of a small app's throughput with a console
    /// logger (docs/benchmarks.md). appsettings.json, host.json or the environment can still turn them on.
    /// </summary>
    public static void AddLoggingDefaults(this IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Microsoft.AspNetCore", "Warning")],
        });
}
