using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Worker;

/// <summary>
/// Sets up the isolated worker for a Nextfunc app: the worker with its ASP.NET Core integration
/// (HTTP reaches the worker's own Kestrel and is paired with the invocation), the entry middleware
/// ahead of the app's Functions middlewares, and the metadata provider that lists the route functions.
/// </summary>
internal static class IsolatedWorkerHosting
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_APPLICATION_DIRECTORY")) &&
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_WORKER_DIRECTORY")))
            throw new InvalidOperationException(
                "Started as an Azure Functions isolated worker (the command line has --functions-uri), but FUNCTIONS_APPLICATION_DIRECTORY " +
                "is not set, so the worker cannot find its functions. The Functions host sets it when it launches the app (func start, Azure); " +
                "a script that launches the worker itself must set it to the app's folder. To run the app without the Functions host, " +
                "start it without the --functions-* arguments (dotnet run).");

        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        // Same headers as on Kestrel standalone: no Server header.
        builder.Services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        builder.Services.AddSingleton<RouteFunctionExecutor>();
        builder.UseMiddleware<WorkerEntryMiddleware>();
        return builder;
    }

    /// <summary>
    /// Replaces the metadata provider with one that lists the route functions after the app's own
    /// <c>[Function]</c>s. Called last before the host is built, after the SDK registered its provider.
    /// </summary>
    public static void ListRouteFunctions(IServiceCollection services, FunctionAppManifest manifest)
    {
        var appFunctions = services.LastOrDefault(d => d.ServiceType == typeof(IFunctionMetadataProvider));
        services.RemoveAll<IFunctionMetadataProvider>();
        services.AddSingleton<IFunctionMetadataProvider>(sp => new RouteFunctionMetadataProvider(manifest, appFunctions switch
        {
            null => null,
            { ImplementationInstance: IFunctionMetadataProvider instance } => instance,
            { ImplementationFactory: { } factory } => (IFunctionMetadataProvider)factory(sp),
            { ImplementationType: { } type } => (IFunctionMetadataProvider)ActivatorUtilities.CreateInstance(sp, type),
            _ => null,
        }));
    }
}
