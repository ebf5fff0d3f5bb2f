using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Nextfunc.Pipeline;

/// <summary>
/// How one hosting mode runs the function of a request: the seam between the hosting modes and the pipeline. Kestrel
/// (standalone, custom handler) and the isolated worker each implement it; <see cref="RequestPipeline.InvokeAsync{THost}"/>
/// does everything else the same way in every mode.
/// </summary>
/// <example>
/// <code>
/// // the worker's entry middleware: the worker's own middleware chain runs the function
/// await pipeline.InvokeAsync(httpContext, new WorkerInvocation(functionContext, next));
/// </code>
/// </example>
internal interface IHostInvocation
{
    /// <summary>
    /// The function the Functions host invoked, or null on Kestrel, where no host chose one and the pipeline resolves
    /// the function the host would have invoked. A request answered before routing (slash redirect, outside the route
    /// prefix) is reported as an invocation only when a host invoked a function for it.
    /// </summary>
    string? InvokedFunction { get; }

    /// <summary>True behind the Functions host (worker, custom handler), which checked the key of the function it invoked.</summary>
    bool BehindFunctionsHost { get; }

    /// <summary>The host's invocation id, when it sent one.</summary>
    string? InvocationId { get; }

    /// <summary>The host's trace context, when the host invoked the function (the worker); null on Kestrel.</summary>
    TraceContext? HostTrace { get; }

    /// <summary>
    /// The origin the client used (<c>https://app.example.com</c>), which handlers see in <c>request.Url</c>; null for
    /// Next.js's <c>http://localhost:PORT</c>, what a standalone app sees unless it trusts a proxy's forwarded headers.
    /// </summary>
    string? ClientOrigin(HttpRequest request);

    /// <summary>Runs the Functions middlewares around <see cref="RequestPipeline.RunFunctionAsync"/>.</summary>
    Task RunAsync(HttpContext context, RequestState state);
}
