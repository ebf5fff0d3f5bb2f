using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// What <c>cookies()</c> returns inside a handler: reads the request's cookies, and <see cref="Set"/> /
/// <see cref="Delete"/> add <c>Set-Cookie</c> lines to the response being built.
/// </summary>
/// <example><c>RequestScope.Cookies().Set("theme", "dark");</c></example>
public sealed class CookieStore
{
    private readonly HttpContext _context;
    private readonly RequestCookies _request;

    // Handlers get the store from RequestScope.Cookies(); it is never built by user code.
    internal CookieStore(HttpContext context)
    {
        _context = context;
        _request = new(context.Request.Headers.Cookie);
    }

    /// <summary>The request cookie, or null.</summary>
    public RequestCookie? Get(string name) => _request.Get(name);

    /// <summary>All request cookies.</summary>
    public IReadOnlyList<RequestCookie> GetAll() => _request.GetAll();

    /// <summary>True when the request has the cookie.</summary>
    public bool Has(string name) => _request.Has(name);

    /// <summary>Sets a cookie on the response.</summary>
    public void Set(string name, string value, CookieAttributes? options = null) =>
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Format(name, value, options ?? new CookieAttributes(), TimeProvider.System.GetUtcNow()));

    /// <summary>Deletes a cookie on the client.</summary>
    public void Delete(string name, string path = "/") =>
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Delete(name, path));
}
