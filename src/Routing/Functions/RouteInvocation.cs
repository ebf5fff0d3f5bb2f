using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Functions;

/// <summary>
/// Everything one function invocation can bind its parameters from. The generated adapters read
/// it; user code sees its parts (<see cref="NextRequest"/>, <see cref="RouteContext"/>, services).
/// </summary>
/// <example>
/// <code>
/// // a generated adapter binding GET(NextRequest request, IGreeter greeter, CancellationToken ct)
/// RouteHandler handler = static async i => await Hello.GET(i.Request, i.GetService&lt;IGreeter&gt;(), i.Aborted);
/// </code>
/// </example>
public sealed class RouteInvocation(HttpContext httpContext, RouteContext context)
{
    private NextRequest? _request;

    /// <summary>The ASP.NET Core context of this invocation.</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The Next-style request.</summary>
    public NextRequest Request => _request ??= new NextRequest(HttpContext);

    /// <summary>The route params and function name.</summary>
    public RouteContext Context { get; } = context;

    /// <summary>Aborted when the client goes away.</summary>
    public CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Resolves a handler parameter from dependency injection.</summary>
    public T GetService<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
}
