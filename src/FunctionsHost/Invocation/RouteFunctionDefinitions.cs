using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;
using Nextfunc.FunctionApp;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Invocation;

/// <summary>
/// The worker's <see cref="FunctionDefinition"/> of every function, built once: what
/// <c>context.FunctionDefinition</c> says on Kestrel, matching what the worker reports for the same
/// request (one HTTP trigger named <c>req</c>, an <c>http</c> return, the generated entry point).
/// A request no route function takes is the fallback function's, as under the host.
/// </summary>
internal sealed class RouteFunctionDefinitions
{
    /// <summary>The HTTP trigger's binding name in every route function's metadata.</summary>
    public const string TriggerName = "req";

    /// <summary>The assembly every route function's metadata names: this one.</summary>
    public const string ScriptFile = "Nextfunc.dll";

    /// <summary>
    /// The method every route function's metadata names (<c>Worker/RouteFunctionEntryPoint</c>): the worker resolves it when it
    /// loads a function, though the pipeline's own executor runs the function.
    /// </summary>
    public const string EntryPoint = "Nextfunc.Worker.RouteFunctionEntryPoint.RunAsync";

    private readonly FrozenDictionary<RouteFunction, FunctionDefinition> _byFunction;
    private readonly FunctionDefinition _fallback = new HttpFunctionDefinition(FunctionAppPlan.FallbackName);

    private readonly FrozenSet<string> _names;

    public RouteFunctionDefinitions(FunctionAppManifest manifest)
    {
        // By reference: RouteFunction is a record, and hashing its name and handler on every request buys nothing.
        IEqualityComparer<RouteFunction> byReference = ReferenceEqualityComparer.Instance;
        _byFunction = manifest.Functions.ToFrozenDictionary(f => f.Function, f => (FunctionDefinition)new HttpFunctionDefinition(f.Function.Name), byReference);
        _names = _byFunction.Values.Select(d => d.Name).Append(_fallback.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for a route function or the fallback; false for the app's own <c>[Function]</c> methods.</summary>
    public bool Contains(string functionName) => _names.Contains(functionName);

    public FunctionDefinition For(RouteFunction? function) =>
        function is not null && _byFunction.TryGetValue(function, out var definition) ? definition : _fallback;

    private sealed class HttpFunctionDefinition(string name) : FunctionDefinition
    {
        private static readonly IImmutableDictionary<string, BindingMetadata> Trigger =
            ImmutableDictionary<string, BindingMetadata>.Empty.Add(TriggerName, new Binding(TriggerName, "httpTrigger", BindingDirection.In));
        private static readonly IImmutableDictionary<string, BindingMetadata> Return =
            ImmutableDictionary<string, BindingMetadata>.Empty.Add("$return", new Binding("$return", "http", BindingDirection.Out));

        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override string PathToAssembly => Path.Combine(AppContext.BaseDirectory, ScriptFile);
        public override string EntryPoint => EntryPoint;
        public override string Id => name;
        public override string Name => name;
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => Trigger;
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => Return;
    }

    private sealed class Binding(string name, string type, BindingDirection direction) : BindingMetadata
    {
        public override string Name => name;
        public override string Type => type;
        public override BindingDirection Direction => direction;
    }
}
