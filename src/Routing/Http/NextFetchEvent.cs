using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The middleware's second parameter, <c>event</c> in Next.js: <see cref="WaitUntil"/> keeps the invocation alive until
/// work started in middleware finishes, after the response is sent.
/// </summary>
/// <example>
/// <code>
/// public static NextResponse Middleware(NextRequest request, NextFetchEvent fetchEvent)
/// {
///     fetchEvent.WaitUntil(analytics.RecordAsync(request.NextUrl.Pathname));
///     return NextResponse.Next();
/// }
/// </code>
/// </example>
public sealed class NextFetchEvent
{
    private readonly HttpContext _context;

    internal NextFetchEvent(HttpContext context) => _context = context;

    /// <summary>
    /// <c>event.waitUntil(promise)</c>: the invocation ends only when <paramref name="work"/> finishes (bounded by the
    /// route's <c>MaxDuration</c>); the client does not wait for it. A failure is logged, the response stays as it was.
    /// </summary>
    public void WaitUntil(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        AfterWork.For(_context).Add(work);
    }
}
