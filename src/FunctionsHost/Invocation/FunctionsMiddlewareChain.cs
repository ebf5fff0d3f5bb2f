using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Nextfunc.Invocation;

/// <summary>
/// The Functions middlewares registered on Kestrel (standalone and custom handler), kept in
/// registration order and composed once at start-up, first registered outermost, exactly as the
/// isolated worker composes <c>IFunctionsWorkerApplicationBuilder.Use</c>. Under the worker the
/// worker's own builder takes them instead, so a middleware is written once for every mode.
/// </summary>
internal sealed class FunctionsMiddlewareChain
{
    private readonly List<Func<FunctionExecutionDelegate, FunctionExecutionDelegate>> _components = [];

    /// <summary>True when no Functions middleware is registered: the pipeline then skips building a <see cref="FunctionContext"/>.</summary>
    public bool IsEmpty => _components.Count == 0;

    public void Use(Func<FunctionExecutionDelegate, FunctionExecutionDelegate> middleware) => _components.Add(middleware);

    public FunctionExecutionDelegate Build(FunctionExecutionDelegate terminal)
    {
        var pipeline = terminal;
        for (var i = _components.Count - 1; i >= 0; i--)
            pipeline = _components[i](pipeline);
        return pipeline;
    }
}
