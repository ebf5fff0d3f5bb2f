using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging;

namespace Nextfunc.Settings;

/// <summary>The log levels an app starts from, below every configuration source it has.</summary>
internal static class LoggingDefaults
{
    /// <summary>
    /// What <c>dotnet new web</c>'s appsettings.json says, below every other source: ASP.NET Core's own
    /// "Request starting" / "Request finished" lines at Warning. The pipeline has its own line per request (see
    /// <see cref="RequestLogLevel"/>); appsettings.json, host.json or the environment can still turn them on.
    /// </summary>
    public static void AddLoggingDefaults(this IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Microsoft.AspNetCore", "Warning")],
        });

    /// <summary>
    /// The level of the pipeline's "Executed '...'" line (event 1). <c>Nextfunc:RequestLog</c> decides when set: true is
    /// Information, false Debug. Unset: Information only standalone in Development, where a developer watches the
    /// console and the line is worth its cost; Debug behind the Functions host (worker, custom handler), which logs
    /// every invocation itself, so the line would be a duplicate; Debug standalone outside Development, as
    /// <c>next start</c> logs nothing per request and ASP.NET Core keeps its request lines at Warning: written to the
    /// console at Information the line costs about a quarter of a small app's throughput (docs/benchmarks.md).
    /// </summary>
    /// <example><code>var level = LoggingDefaults.RequestLogLevel(setting: null, behindFunctionsHost: false, development: true); // Information</code></example>
    public static LogLevel RequestLogLevel(bool? setting, bool behindFunctionsHost, bool development) =>
        setting ?? (!behindFunctionsHost && development) ? LogLevel.Information : LogLevel.Debug;
}
