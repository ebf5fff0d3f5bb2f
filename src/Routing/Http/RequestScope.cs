using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>next/headers</c> and <c>after</c>: <see cref="Headers"/>, <see cref="Cookies"/> and <see cref="DraftMode"/> give the
/// current request's data from anywhere inside a handler, without passing the request down; <see cref="After(Func{Task})"/>
/// schedules work for after the response.
/// </summary>
/// <example>
/// <code>
/// using static Nextfunc.Routing.Http.RequestScope;
/// var auth = Headers().Get("authorization");
/// Cookies().Set("seen", "1");
/// After(async () => await audit.WriteAsync("seen"));
/// </code>
/// </example>
public static class RequestScope
{
    private static readonly AsyncLocal<HttpContext?> CurrentContext = new();

    /// <summary>The request headers of the running invocation (after any middleware overrides).</summary>
    public static NextHeaders Headers() => new(Current.Request.Headers);

    /// <summary>The cookies of the running invocation.</summary>
    public static CookieStore Cookies() => new(Current);

    /// <summary>
    /// <c>draftMode()</c>: whether this request previews draft content (the bypass cookie), and <c>Enable</c>/<c>Disable</c>.
    /// While it is enabled, cached routes are rendered fresh for this client and nothing is stored.
    /// </summary>
    public static DraftMode DraftMode() => Http.DraftMode.For(Current);

    /// <summary>
    /// <c>after(callback)</c>: runs <paramref name="work"/> once the response is sent (logging, analytics, cache warming);
    /// the invocation ends when it finishes, bounded by the route's <c>MaxDuration</c>, so the Functions host does not
    /// freeze the instance mid-work. A failure is logged; the response is already gone. Headers() and Cookies() still
    /// read the request inside it.
    /// </summary>
    /// <example><c>RequestScope.After(async () =&gt; await analytics.TrackAsync("signup"));</c></example>
    public static void After(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        AfterWork.For(Current).Add(_ => work());
    }

    /// <summary><c>after(callback)</c> with a token that fires when the route's <c>MaxDuration</c> is up.</summary>
    public static void After(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        AfterWork.For(Current).Add(work);
    }

    /// <summary><c>after(callback)</c> for synchronous work.</summary>
    public static void After(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        AfterWork.For(Current).Add(_ =>
        {
            work();
            return Task.CompletedTask;
        });
    }

    /// <summary>The running invocation's context; throws outside a request with a message saying so.</summary>
    public static HttpContext Current => CurrentContext.Value
        ?? throw new InvalidOperationException("Headers(), Cookies(), DraftMode() and After() can only be called while a route handler or middleware is running.");

    /// <summary>The running invocation's context, or null outside one (the fetch cache asks, and works outside requests too).</summary>
    internal static HttpContext? CurrentOrNull => CurrentContext.Value;

    /// <summary>Makes <paramref name="context"/> the current request for the async flow; the host calls this.</summary>
    internal static void Enter(HttpContext context) => CurrentContext.Value = context;
}
