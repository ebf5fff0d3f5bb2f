using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// Everything one function invocation can bind its handler's parameters from. The adapters the generator writes
/// read it; user code sees its parts (<see cref="NextRequest"/>, <see cref="RouteContext"/>, services). For
/// generated code only; its shape follows the generator.
/// </summary>
/// <example>
/// <code>
/// // a generated adapter binding GET(NextRequest request, IGreeter greeter, CancellationToken ct)
/// RouteHandler handler = static async i => await Hello.GET(i.Request, i.GetService&lt;IGreeter&gt;(), i.Aborted);
/// </code>
/// </example>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct RouteInvocation
{
    internal RouteInvocation(HttpContext httpContext, RouteContext context)
    {
        HttpContext = httpContext;
        Context = context;
    }

    /// <summary>The ASP.NET Core context of this invocation.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The Next-style request (a new view of the same request on each read).</summary>
    public NextRequest Request => new(HttpContext);

    /// <summary>The route params and function name.</summary>
    public RouteContext Context { get; }

    /// <summary>Aborted when the client goes away.</summary>
    public CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Resolves a handler parameter from dependency injection.</summary>
    public T GetService<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
}
