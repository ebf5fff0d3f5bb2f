using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>next/headers</c>: <see cref="Headers"/> and <see cref="Cookies"/> give the current request's
/// data from anywhere inside a handler, without passing the request down.
/// </summary>
/// <example>
/// <code>
/// using static Nextfunc.Routing.Http.RequestScope;
/// var auth = Headers().Get("authorization");
/// Cookies().Set("seen", "1");
/// </code>
/// </example>
public static class RequestScope
{
    private static readonly AsyncLocal<HttpContext?> CurrentContext = new();

    /// <summary>The request headers of the running invocation (after any middleware overrides).</summary>
    public static NextHeaders Headers() => new(Current.Request.Headers);

    /// <summary>The cookies of the running invocation.</summary>
    public static CookieStore Cookies() => new(Current);

    /// <summary>The running invocation's context; throws outside a request with a message saying so.</summary>
    public static HttpContext Current => CurrentContext.Value
        ?? throw new InvalidOperationException("Headers() and Cookies() can only be called while a route handler or middleware is running.");

    /// <summary>Makes <paramref name="context"/> the current request for the async flow; the host calls this.</summary>
    internal static void Enter(HttpContext context) => CurrentContext.Value = context;
}
