using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nextfunc.Pipeline;
using Nextfunc.Routing;

namespace Nextfunc.Hosting;

/// <summary>
/// Standalone, no Functions host checks keys: a route with <c>AuthLevel = "function"</c> or <c>"admin"</c> is protected only
/// when the app configures <c>Nextfunc:Keys</c>. Without them, the start-up log lists every such route as open.
/// </summary>
internal static partial class UnprotectedRoutes
{
    /// <summary>Warns once at start-up when function- or admin-level routes are served without any key to check.</summary>
    public static void WarnIfAny(FunctionAppManifest manifest, IServiceProvider services)
    {
        if (services.GetRequiredService<FunctionKeys>().IsConfigured)
            return;
        var open = manifest.Functions
            .Where(f => FunctionKeys.Rank(f.Route.Config.AuthLevel) > 0)
            .Select(f => $"{f.Function.Verb} {f.Route.Pattern.Text} ({f.Route.Config.AuthLevel}, {f.Route.SourceFile})")
            .ToList();
        if (open.Count > 0)
            OpenWithoutKeys(services.GetRequiredService<ILoggerFactory>().CreateLogger("Nextfunc.Hosting.NextfuncApp"), string.Join("; ", open));
    }

    [LoggerMessage(20, LogLevel.Warning, "Running standalone without Nextfunc:Keys, so these routes are open to anyone although their AuthLevel asks for a key: {Routes}. Set Nextfunc__Keys__Function (and Nextfunc__Keys__Admin) to check x-functions-key / ?code= here; behind the Functions host the host checks them.")]
    private static partial void OpenWithoutKeys(ILogger logger, string routes);
}
