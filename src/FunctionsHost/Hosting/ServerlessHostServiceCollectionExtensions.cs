using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.FunctionsHost.Caching;
using Serverless.FunctionsHost.Middleware;
using Serverless.FunctionsHost.OpenApi;
using Serverless.FunctionsHost.Pipeline;
using Serverless.FunctionsHost.Settings;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Hosting;

/// <summary>Registers the adapter's pipeline services.</summary>
internal static class ServerlessHostServiceCollectionExtensions
{
    /// <summary>Adds the pipeline for <paramref name="manifest"/>.</summary>
    public static IServiceCollection AddServerlessHost(this IServiceCollection services, FunctionAppManifest manifest, FunctionsMiddlewarePipeline middlewares,
        FunctionsHostFiles files, IConfiguration configuration, HostingMode mode)
    {
        services.AddServerlessOptions(configuration);
        // Serverless:BuildId (set it to the commit id in CI) wins over the manifest's hash of the route files.
        services.AddServerlessOutputCache(configuration, manifest.BuildId);
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
        services.AddSingleton<OpenApi.OpenApiDocumentEndpoint>();
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
            maxRequestBodySize: sp.GetRequiredService<IOptions<ServerlessOptions>>().Value.MaxRequestBodySize));
        return services;
    }
}
