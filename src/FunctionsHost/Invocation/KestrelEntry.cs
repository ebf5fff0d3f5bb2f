using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Nextfunc.Pipeline;

namespace Nextfunc.Invocation;

/// <summary>
/// Where a request served on Kestrel (standalone, custom handler) enters the pipeline. Kestrel has no Functions host to
/// invoke a function, so this entry plays its part: the Functions middlewares registered on the app run around the
/// function with a <see cref="FunctionContext"/> for the function the host would have invoked.
/// </summary>
internal sealed class KestrelEntry
{
    private readonly RequestPipeline _pipeline;
    private readonly RouteFunctionDefinitions _definitions;
    private readonly FunctionExecutionDelegate? _functionsMiddlewares;
    private readonly bool _behindFunctionsHost;
    private readonly bool _trustForwardedHeaders;

    /// <param name="pipeline">The request pipeline.</param>
    /// <param name="definitions">The worker's definition of each function, for the <see cref="FunctionContext"/>.</param>
    /// <param name="chain">The Functions middlewares registered on the app.</param>
    /// <param name="behindFunctionsHost">True for a custom handler: the Functions host polls it and forwards the client's requests.</param>
    /// <param name="trustForwardedHeaders">Standalone behind the app's own proxy: take the client's origin from its forwarded headers.</param>
    public KestrelEntry(RequestPipeline pipeline, RouteFunctionDefinitions definitions, FunctionsMiddlewareChain chain, bool behindFunctionsHost,
        bool trustForwardedHeaders)
    {
        _pipeline = pipeline;
        _definitions = definitions;
        _behindFunctionsHost = behindFunctionsHost;
        _trustForwardedHeaders = trustForwardedHeaders;
        _functionsMiddlewares = chain.IsEmpty
            ? null
            : chain.Build(function =>
            {
                var context = ((KestrelFunctionContext)function).HttpContext;
                return _pipeline.RunFunctionAsync(context, context.Features.GetRequiredFeature<RequestState>());
            });
    }

    /// <summary>Serves one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        // The Functions host polls GET / until a custom handler answers; keep that cheap and silent.
        var request = context.Request;
        if (_behindFunctionsHost && request.Path.Value == "/" && HttpMethods.IsGet(request.Method) &&
            !request.Headers.ContainsKey("X-Azure-Functions-InvocationId") && !request.Headers.ContainsKey("x-ms-invocation-id"))
            return Task.CompletedTask;
        return _pipeline.InvokeAsync(context, new Host(this, request.Headers));
    }

    // A struct: a request on Kestrel allocates nothing for the seam.
    private readonly struct Host(KestrelEntry entry, IHeaderDictionary headers) : IHostInvocation
    {
        public string? InvokedFunction => null;

        public bool BehindFunctionsHost => entry._behindFunctionsHost;

        public string? InvocationId => headers.TryGetValue("X-Azure-Functions-InvocationId", out var id) ? id.ToString() : null;

        public TraceContext? HostTrace => null;

        public string? ClientOrigin(HttpRequest request) =>
            entry._behindFunctionsHost ? Pipeline.ClientOrigin.BehindFunctionsHost(request)
            : entry._trustForwardedHeaders ? Pipeline.ClientOrigin.Forwarded(request)
            : null;

        // Without Functions middlewares nobody reads a FunctionContext: none is made, and the route is matched once,
        // after the app's middleware (which may answer or rewrite first).
        public Task RunAsync(HttpContext context, RequestState state) => entry._functionsMiddlewares is { } chain
            ? chain(new KestrelFunctionContext(context, entry._definitions.For(entry._pipeline.ResolveFunction(context, state))))
            : entry._pipeline.RunFunctionAsync(context, state);
    }
}
