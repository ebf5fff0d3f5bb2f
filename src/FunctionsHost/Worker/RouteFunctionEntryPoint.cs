using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Nextfunc.Worker;

/// <summary>
/// The entry point every route function's metadata names. The isolated worker always resolves a
/// function's entry point to a method when it loads it, so one must exist; Nextfunc then runs
/// the function through its own executor (no reflection per call). Called directly, as a worker
/// with another executor would, it runs the same pipeline. Users never call it.
/// </summary>
/// <example><c>"entryPoint": "Nextfunc.Worker.RouteFunctionEntryPoint.RunAsync"</c> in a function's metadata.</example>
internal static class RouteFunctionEntryPoint
{

    /// <summary>Runs the route function of <paramref name="context"/>: Next-style middleware, routing, output cache, handler.</summary>
    public static Task RunAsync(FunctionContext context) =>
        context.InstanceServices.GetRequiredService<RouteFunctionExecutor>().ExecuteAsync(context).AsTask();
}
