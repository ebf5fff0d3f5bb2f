using Microsoft.AspNetCore.Http;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Middleware;

/// <summary>
/// What an Azure-Functions-style middleware sees: the HTTP context and the function the request
/// resolved to (null when no route matches: a 404, or a path that only middleware serves).
/// </summary>
/// <example><c>if (context.Function?.Name.EndsWith("_DELETE") == true) { ... }</c></example>
public sealed class FunctionContext(HttpContext httpContext, RouteFunction? function, RouteEntry? route)
{
    /// <summary>The ASP.NET Core context.</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The function the requested path and method resolve to, before any rewrite; null for none.</summary>
    public RouteFunction? Function { get; } = function;

    /// <summary>The route file the path resolves to, before any rewrite; null for none.</summary>
    public RouteEntry? Route { get; } = route;

    /// <summary>A per-invocation bag for middlewares to share values.</summary>
    public IDictionary<object, object?> Items => HttpContext.Items;

    /// <summary>Request-scoped services.</summary>
    public IServiceProvider InstanceServices => HttpContext.RequestServices;
}
