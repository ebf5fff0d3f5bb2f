namespace Serverless.FunctionsHost.Middleware;

/// <summary>
/// A middleware around every function, as in the Azure Functions isolated worker. It runs after
/// slash normalisation and before the Next-style middleware.
/// </summary>
/// <example>
/// <code>
/// public sealed class ExceptionLogging(ILogger&lt;ExceptionLogging&gt; log) : IFunctionsMiddleware
/// {
///     public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
///     {
///         try { await next(context); }
///         catch (Exception e) { log.LogError(e, "{Function} failed", context.Function?.Name); throw; }
///     }
/// }
/// </code>
/// </example>
public interface IFunctionsMiddleware
{
    /// <summary>Runs the middleware; call <paramref name="next"/> to continue.</summary>
    Task Invoke(FunctionContext context, FunctionExecutionDelegate next);
}
