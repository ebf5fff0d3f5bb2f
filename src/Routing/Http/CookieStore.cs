using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// What <c>cookies()</c> returns inside a handler: the request's cookies with this request's own changes on top (a
/// <see cref="Set"/> is read back by <see cref="Get"/>, as in Next.js), and <c>Set-Cookie</c> lines for the response.
/// </summary>
/// <example>
/// <code>
/// var jar = RequestScope.Cookies();
/// jar.Set("theme", "dark");
/// var theme = jar.Get("theme")?.Value;   // "dark"
/// </code>
/// </example>
public sealed class CookieStore
{
    private readonly HttpContext _context;
    private readonly RequestCookies _cookies;

    // Handlers get the store from RequestScope.Cookies(); it is never built by user code. One view per request, so
    // every cookies() call of the request sees the changes made so far.
    internal CookieStore(HttpContext context)
    {
        _context = context;
        _cookies = context.Features.Get<Changes>()?.Cookies ?? Start(context);
    }

    /// <summary>The cookie as this request now has it, or null.</summary>
    public RequestCookie? Get(string name) => _cookies.Get(name);

    /// <summary>All cookies as this request now has them.</summary>
    public IReadOnlyList<RequestCookie> GetAll() => _cookies.GetAll();

    /// <summary>True when the cookie is present (a deleted one reads as present with an empty value, as in Next.js).</summary>
    public bool Has(string name) => _cookies.Has(name);

    /// <summary>Sets a cookie on the response; <see cref="Get"/> reads the new value from now on.</summary>
    public void Set(string name, string value, CookieAttributes? options = null)
    {
        _cookies.Set(name, value);
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Format(name, value, options ?? new CookieAttributes(), TimeProvider.System.GetUtcNow()));
    }

    /// <summary>Deletes a cookie on the client (an empty value expired at the epoch); it reads as empty from now on.</summary>
    public void Delete(string name, string path = "/")
    {
        _cookies.Set(name, "");
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Delete(name, path));
    }

    private static RequestCookies Start(HttpContext context)
    {
        var changes = new Changes(new RequestCookies(context.Request.Headers.Cookie));
        context.Features.Set(changes);
        return changes.Cookies;
    }

    // The request's cookies as this request's cookies() calls changed them; the request's own Cookie header stays.
    private sealed record Changes(RequestCookies Cookies);
}
