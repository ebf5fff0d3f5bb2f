using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Nextfunc.FunctionApp;
using Nextfunc.Invocation;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Worker;

/// <summary>
/// What the worker reports to the host in its <c>FunctionMetadataResponse</c>: one HTTP function per
/// route file × exported verb plus the fallback, exactly as planned for the custom handler (same
/// names, routes, methods and auth levels), followed by whatever the app's own <c>[Function]</c>
/// methods add. The SDK's generated provider cannot list our functions (it does not see code another
/// generator emits), so without this provider they would silently vanish at run time.
/// </summary>
internal sealed class RouteFunctionMetadataProvider(FunctionAppManifest manifest, IFunctionMetadataProvider? appFunctions) : IFunctionMetadataProvider
{
    public const string Language = "dotnet-isolated";

    // The worker asks twice at start-up (the host's metadata request, the ASP.NET Core endpoint data source);
    // the plan is the same both times. A plan the host would refuse throws again on each ask, with its message.
    private readonly Lazy<IReadOnlyList<IFunctionMetadata>> _routes = new(() => FunctionAppPlan.Create(manifest).Select(ToMetadata).ToList(),
        LazyThreadSafetyMode.PublicationOnly);

    public async Task<ImmutableArray<IFunctionMetadata>> GetFunctionMetadataAsync(string directory)
    {
        var own = appFunctions is null ? [] : await appFunctions.GetFunctionMetadataAsync(directory);
        var routes = _routes.Value;
        var clash = own.Select(f => f.Name).Intersect(routes.Select(f => f.Name), StringComparer.OrdinalIgnoreCase).FirstOrDefault();
        if (clash is not null)
            throw new FunctionAppLayoutException($"The app's own [Function(\"{clash}\")] has the name of a route function; rename it (route functions are named after their folders).");
        return [.. own, .. routes];
    }

    internal static IFunctionMetadata ToMetadata(PlannedFunction function)
    {
        var trigger = new JsonObject
        {
            ["name"] = RouteFunctionDefinitions.TriggerName,
            ["type"] = "httpTrigger",
            ["direction"] = "In",
            ["authLevel"] = function.AuthLevel,
            ["route"] = function.Route,
        };
        // No "methods" means every method (the fallback); the host answers 404 for any method not listed.
        if (function.Methods is not null)
            trigger["methods"] = new JsonArray([.. function.Methods.Select(m => (JsonNode?)JsonValue.Create(m))]);

        return new DefaultFunctionMetadata
        {
            Name = function.Name,
            Language = Language,
            ScriptFile = RouteFunctionDefinitions.ScriptFile,
            EntryPoint = RouteFunctionDefinitions.EntryPoint,
            RawBindings =
            [
                trigger.ToJsonString(),
                new JsonObject { ["name"] = "$return", ["type"] = "http", ["direction"] = "Out" }.ToJsonString(),
            ],
        };
    }
}
