using System.Diagnostics.CodeAnalysis;

namespace Nextfunc.Worker;

/// <summary>
/// Whether this build can start as an isolated worker. The worker and its ASP.NET Core integration are not
/// Native AOT compatible (they bring in MVC and read assembly locations), so an AOT publish turns this switch
/// off (build/Nextfunc.props) and the trimmer removes every path into the worker: the AOT binary is a
/// standalone or custom-handler app only, as small as before the worker existed.
/// </summary>
internal static class IsolatedWorkerSupport
{
    public const string Switch = "Nextfunc.IsolatedWorker.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var supported) || supported;

    public const string NotSupportedMessage =
        "This build was published with Native AOT, which the Azure Functions isolated worker does not support, but the Functions host " +
        "launched it as a dotnet-isolated worker (--functions-uri). Deploy the AOT build as a custom handler (functions-layout, runtime " +
        "'custom'), or publish without -p:PublishAot=true (ReadyToRun starts fast too) to run it as a worker.";
}
