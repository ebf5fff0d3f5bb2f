using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace Serverless.FunctionsHost.Middleware;

/// <summary>
/// Registers Functions-style middlewares in order; the pipeline composes them once at start-up.
/// </summary>
/// <example>
/// <code>
/// builder.UseMiddleware&lt;ExceptionLogging&gt;();
/// builder.UseWhen&lt;AuthCheck&gt;(ctx => ctx.HttpContext.Request.Path.StartsWithSegments("/api/admin"));
/// </code>
/// </example>
public sealed class FunctionsMiddlewareBuilder(IServiceCollection services)
{
    private readonly List<Func<IServiceProvider, Func<FunctionExecutionDelegate, FunctionExecutionDelegate>>> _components = [];

    /// <summary>Adds a middleware that runs for every request. It is a singleton resolved from DI.</summary>
    public FunctionsMiddlewareBuilder UseMiddleware<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>()
        where T : class, IFunctionsMiddleware => UseWhen<T>(static _ => true);

    /// <summary>Adds a middleware that runs only when <paramref name="predicate"/> holds.</summary>
    public FunctionsMiddlewareBuilder UseWhen<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(Func<FunctionContext, bool> predicate)
        where T : class, IFunctionsMiddleware
    {
        services.AddSingleton<T>();
        _components.Add(sp =>
        {
            var middleware = sp.GetRequiredService<T>();
            return next => context => predicate(context) ? middleware.Invoke(context, next) : next(context);
        });
        return this;
    }

    /// <summary>Adds an inline middleware.</summary>
    public FunctionsMiddlewareBuilder Use(Func<FunctionContext, FunctionExecutionDelegate, Task> middleware)
    {
        _components.Add(_ => next => context => middleware(context, next));
        return this;
    }

    /// <summary>Composes the registered middlewares around <paramref name="terminal"/>, first registered outermost.</summary>
    public FunctionExecutionDelegate Build(IServiceProvider services, FunctionExecutionDelegate terminal)
    {
        var pipeline = terminal;
        for (var i = _components.Count - 1; i >= 0; i--)
            pipeline = _components[i](services)(pipeline);
        return pipeline;
    }
}
