using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// One function from the worker's FunctionMetadataResponse (worker indexing: the worker, not the host, says
/// which functions exist). The HTTP fields come from its httpTrigger raw binding and are null for other triggers.
/// </summary>
/// <param name="Name">The function name (what the host orders routes by).</param>
/// <param name="FunctionId">The worker's id for it, used in FunctionLoadRequest and InvocationRequest.</param>
/// <param name="Route">The httpTrigger route as declared (null: the host uses the function name).</param>
/// <param name="Methods">The httpTrigger methods, or null for all methods.</param>
/// <param name="AuthLevel">The httpTrigger auth level (reported, not enforced).</param>
/// <param name="HttpTriggerName">The httpTrigger binding name (the invocation's input parameter), or null when not HTTP.</param>
/// <param name="EntryPoint">The method the worker runs, e.g. <c>App.Functions.Run</c>.</param>
/// <param name="ScriptFile">The assembly, relative to the app directory.</param>
/// <param name="Directory">The function directory the worker reported.</param>
/// <param name="Language">The language the worker reported, e.g. <c>dotnet-isolated</c>.</param>
/// <param name="RawBindings">The raw binding JSON, exactly as the worker sent it.</param>
/// <param name="Properties">The worker's metadata properties (the host passes them back on load).</param>
public sealed record WorkerFunction(string Name, string FunctionId, string? Route, IReadOnlyList<string>? Methods, string? AuthLevel,
    string? HttpTriggerName, string EntryPoint, string ScriptFile, string Directory, string Language, IReadOnlyList<string> RawBindings,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>True when the host routes HTTP requests to this function.</summary>
    public bool IsHttp => HttpTriggerName is not null;

    /// <summary>Reads one entry of the metadata response.</summary>
    public static WorkerFunction From(RpcFunctionMetadata metadata)
    {
        var trigger = metadata.RawBindings.Select(RawBinding.Parse).FirstOrDefault(b => b.IsHttpTrigger);
        return new WorkerFunction(metadata.Name, metadata.FunctionId, trigger?.Route, trigger?.Methods, trigger?.AuthLevel, trigger?.Name,
            metadata.EntryPoint, metadata.ScriptFile, metadata.Directory, metadata.Language, [.. metadata.RawBindings],
            new Dictionary<string, string>(metadata.Properties));
    }

    /// <summary>
    /// The FunctionLoadRequest the host sends for it: name, directory, script file, entry point, properties and a
    /// binding map built from the raw bindings. Like the host, the raw bindings themselves are not sent back.
    /// </summary>
    public FunctionLoadRequest ToLoadRequest()
    {
        var metadata = new RpcFunctionMetadata
        {
            Name = Name,
            Directory = Directory,
            ScriptFile = ScriptFile,
            EntryPoint = EntryPoint,
            IsProxy = false,
        };
        foreach (var binding in RawBindings.Select(RawBinding.Parse))
            metadata.Bindings[binding.Name] = binding.ToBindingInfo();
        foreach (var (name, value) in Properties)
            metadata.Properties[name] = value;
        return new FunctionLoadRequest { FunctionId = FunctionId, Metadata = metadata };
    }
}
