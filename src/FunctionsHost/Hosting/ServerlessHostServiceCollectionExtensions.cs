using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.FunctionsHost.Caching;
using Serverless.FunctionsHost.Middleware;
using Serverless.FunctionsHost.OpenApi;
using Serverless.FunctionsHost.Pipeline;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Hosting;

/// <summary>Registers the adapter's pipeline services.</summary>
internal static class ServerlessHostServiceCollectionExtensions
{
    /// <summary>Adds the pipeline for <paramref name="manifest"/>.</summary>
    public static IServiceCollection AddServerlessHost(this IServiceCollection services, FunctionAppManifest manifest, FunctionsMiddlewarePipeline middlewares,
        FunctionsHostFiles files, IConfiguration configuration, HostingMode mode)
    {
        // Serverless:BuildId (set it to the commit id in CI) wins over the hash of the route files.
        services.AddServerlessOutputCache(configuration, configuration["Serverless:BuildId"] is { Length: > 0 } id ? id : manifest.BuildId);
        services.AddSingleton<StaticRender>();
        services.AddSingleton(_ => new RoutePrefix(configuration["AzureFunctionsJobHost:extensions:http:routePrefix"] ?? files.RoutePrefixFor(mode)));
        services.AddSingleton(manifest);
        services.AddSingleton(files);
        services.AddSingleton(new RouteFunctionDefinitions(manifest));
        services.AddHttpForwarder();
        services.AddSingleton<RewriteProxy>();
        services.AddSingleton<FunctionDispatcher>();
        services.AddSingleton<NextMiddlewareStage>();
        services.AddSingleton<PublicFiles>();
        services.AddServerlessOpenApi(configuration);
        services.AddSingleton<CachedRouteStage>();
        services.AddSingleton<RouteStage>();
        services.AddSingleton(sp => new RequestPipeline(
            manifest, middlewares,
            sp.GetRequiredService<RouteFunctionDefinitions>(),
            sp.GetRequiredService<NextMiddlewareStage>(),
            sp.GetRequiredService<RouteStage>(),
            sp.GetRequiredService<RoutePrefix>(),
            sp.GetRequiredService<ILogger<RequestPipeline>>(),
            answerReadinessPings: mode == HostingMode.CustomHandler,
            maxRequestBodySize: MaxRequestBodySize(configuration)));
        return services;
    }

    private static long? MaxRequestBodySize(IConfiguration configuration)
    {
        var value = configuration["Serverless:MaxRequestBodySize"];
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0)
            return limit;
        throw new InvalidOperationException(
            $"Serverless:MaxRequestBodySize is '{value}', which is not a number of bytes. Set it to a positive whole number " +
            "(Serverless__MaxRequestBodySize=10485760 for 10 MB) in local.settings.json or the app settings, or remove it to keep the server's limit.");
    }
}
