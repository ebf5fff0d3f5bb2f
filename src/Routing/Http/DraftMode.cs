using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>draftMode()</c>: CMS preview. <see cref="Enable"/> sets the bypass cookie (<c>__prerender_bypass</c>, HttpOnly,
/// Secure, SameSite=None, valued with the app's draft-mode secret), <see cref="Disable"/> expires it, and
/// <see cref="IsEnabled"/> says whether this request carries a valid one. While it is enabled, cached routes are rendered
/// fresh for that client, with <c>Cache-Control: private, no-cache, no-store</c>, and nothing is stored.
/// </summary>
/// <remarks>
/// Every instance must share the secret (setting <c>Nextfunc:DraftModeSecret</c>); without it each process makes its own
/// and logs a warning the first time draft mode is enabled.
/// </remarks>
/// <example>
/// <code>
/// // app/api/draft/route.cs: the CMS calls /api/draft?secret=...&amp;slug=...
/// if (request.NextUrl.SearchParams.Get("secret") != cmsSecret) return NextResponse.Text("Invalid token", 401);
/// RequestScope.DraftMode().Enable();
/// return NextResponse.Redirect(new Uri(request.Url, "/api/posts/" + slug));
/// </code>
/// </example>
public sealed class DraftMode
{
    /// <summary>The bypass cookie's name, as Next.js names it.</summary>
    public const string CookieName = "__prerender_bypass";

    private readonly HttpContext _context;
    private readonly DraftModeSecret _secret;

    private DraftMode(HttpContext context, DraftModeSecret secret)
    {
        _context = context;
        _secret = secret;
        IsEnabled = IsRequestEnabled(context, secret);
    }

    /// <summary>True when the request carries a valid bypass cookie, or this request called <see cref="Enable"/>.</summary>
    public bool IsEnabled { get; private set; }

    /// <summary>Sets the bypass cookie: this client sees draft content until <see cref="Disable"/>.</summary>
    public void Enable()
    {
        _secret.OnEnable();
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Format(CookieName, _secret.CookieValue, Attributes(null), DateTimeOffset.UnixEpoch));
        IsEnabled = true;
    }

    /// <summary>Expires the bypass cookie.</summary>
    public void Disable()
    {
        _context.Response.Headers.Append("set-cookie", SetCookieFormat.Format(CookieName, "", Attributes(DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch));
        IsEnabled = false;
    }

    /// <summary>The request's draft mode, one per request so an <see cref="Enable"/> is seen by later calls.</summary>
    internal static DraftMode For(HttpContext context)
    {
        if (context.Features.Get<DraftMode>() is { } known) return known;
        var draft = new DraftMode(context, SecretOf(context));
        context.Features.Set(draft);
        return draft;
    }

    /// <summary>True when the request carries the bypass cookie with this app's value (checked in constant time).</summary>
    internal static bool IsRequestEnabled(HttpContext context) =>
        context.Features.Get<DraftMode>() is { } draft ? draft.IsEnabled : IsRequestEnabled(context, null);

    private static bool IsRequestEnabled(HttpContext context, DraftModeSecret? secret)
    {
        var header = context.Request.Headers.Cookie;
        if (header.Count == 0 || !header.ToString().Contains(CookieName, StringComparison.Ordinal))
            return false; // the common case: no cookie, no secret to look up
        var value = new RequestCookies(header).Get(CookieName)?.Value;
        return value is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes((secret ?? SecretOf(context)).CookieValue));
    }

    private static DraftModeSecret SecretOf(HttpContext context) =>
        context.RequestServices?.GetService(typeof(DraftModeSecret)) as DraftModeSecret ?? DraftModeSecret.PerProcess;

    private static CookieAttributes Attributes(DateTimeOffset? expires) =>
        new() { Path = "/", Expires = expires, Secure = true, HttpOnly = true, SameSite = "none" };
}
