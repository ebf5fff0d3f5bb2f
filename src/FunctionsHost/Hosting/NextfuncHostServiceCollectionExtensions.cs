using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nextfunc.Caching;
using Nextfunc.FunctionApp;
using Nextfunc.Invocation;
using Nextfunc.OpenApi;
using Nextfunc.Pipeline;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Settings;

namespace Nextfunc.Hosting;

/// <summary>Registers the adapter's pipeline services.</summary>
internal static class NextfuncHostServiceCollectionExtensions
{
    /// <summary>Adds the pipeline for <paramref name="manifest"/>.</summary>
    public static IServiceCollection AddNextfuncHost(this IServiceCollection services, FunctionAppManifest manifest, FunctionsMiddlewareChain middlewares,
        FunctionsHostFiles files, IConfiguration configuration, HostingMode mode)
    {
        services.AddNextfuncOptions(configuration);
        // Nextfunc:BuildId, when set, wins over the build's own id (nextfunc.buildid, a hash of the assemblies the app runs).
        services.AddNextfuncOutputCache(configuration, manifest.BuildId);
        services.AddSingleton<StaticRender>();
        services.AddSingleton(_ => new RoutePrefix(configuration["AzureFunctionsJobHost:extensions:http:routePrefix"] ?? files.RoutePrefixFor(mode)));
        services.AddSingleton(manifest);
        services.AddSingleton(files);
        services.AddSingleton(new RouteFunctionDefinitions(manifest));
        services.AddHttpForwarder();
        services.AddSingleton<RewriteProxy>();
        services.AddSingleton<FunctionDispatcher>();
        services.AddSingleton(sp => new DevelopmentErrorPage(sp.GetService<IHostEnvironment>()));
        services.AddSingleton<AfterResponse>();
        services.AddSingleton(sp =>
        {
            var secret = sp.GetRequiredService<IOptions<NextfuncOptions>>().Value.DraftModeSecret;
            var logger = sp.GetRequiredService<ILogger<RequestPipeline>>();
            return new Routing.Http.DraftModeSecret(secret, secret is null ? () => PipelineLog.DraftModeSecretPerProcess(logger) : null);
        });
        services.AddSingleton<MiddlewareStage>();
        services.AddSingleton<PublicFiles>();
        services.AddSingleton<OpenApi.OpenApiDocumentEndpoint>();
        services.AddSingleton<CachedRouteStage>();
        services.AddSingleton<FunctionKeys>();
        services.AddSingleton<ConfigStage>();
        services.AddSingleton<RouteStage>();
        services.AddSingleton(sp => new RequestPipeline(
            manifest,
            sp.GetRequiredService<MiddlewareStage>(),
            sp.GetRequiredService<RouteStage>(),
            sp.GetRequiredService<ConfigStage>(),
            sp.GetRequiredService<RoutePrefix>(),
            sp.GetRequiredService<AfterResponse>(),
            sp.GetRequiredService<ILogger<RequestPipeline>>(),
            sp.GetRequiredService<IOptions<NextfuncOptions>>().Value.MaxRequestBodySize,
            LoggingDefaults.RequestLogLevel(
                sp.GetRequiredService<IOptions<NextfuncOptions>>().Value.RequestLog,
                behindFunctionsHost: mode != HostingMode.Standalone,
                development: sp.GetService<IHostEnvironment>()?.IsDevelopment() == true)));
        services.AddSingleton(sp => new KestrelEntry(
            sp.GetRequiredService<RequestPipeline>(), sp.GetRequiredService<RouteFunctionDefinitions>(), middlewares,
            behindFunctionsHost: mode == HostingMode.CustomHandler,
            trustForwardedHeaders: sp.GetRequiredService<IOptions<NextfuncOptions>>().Value.TrustForwardedHeaders));
        return services;
    }
}
