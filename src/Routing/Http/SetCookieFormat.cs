using System.Globalization;
using System.Text;

namespace Nextfunc.Routing.Http;

/// <summary>Formats a <c>Set-Cookie</c> line in the attribute order Next.js writes.</summary>
internal static class SetCookieFormat
{
    /// <summary>
    /// <c>name=value; Path=/; Expires=...; Max-Age=60; Domain=...; Secure; HttpOnly; SameSite=...</c>.
    /// The value is URI-component encoded; <c>MaxAge</c> also yields <c>Expires</c> from <paramref name="now"/>.
    /// </summary>
    public static string Format(string name, string value, CookieAttributes options, DateTimeOffset now)
    {
        var sb = new StringBuilder(name).Append('=').Append(Uri.EscapeDataString(value));
        if (!string.IsNullOrEmpty(options.Path)) sb.Append("; Path=").Append(options.Path);
        var expires = options.MaxAge is { } maxAge ? now.AddSeconds(maxAge) : options.Expires;
        if (expires is { } e) sb.Append("; Expires=").Append(e.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        if (options.MaxAge is { } m) sb.Append("; Max-Age=").Append(m.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(options.Domain)) sb.Append("; Domain=").Append(options.Domain);
        if (options.Secure) sb.Append("; Secure");
        if (options.HttpOnly) sb.Append("; HttpOnly");
        if (!string.IsNullOrEmpty(options.SameSite)) sb.Append("; SameSite=").Append(options.SameSite);
        if (options.Partitioned) sb.Append("; Partitioned");
        if (!string.IsNullOrEmpty(options.Priority)) sb.Append("; Priority=").Append(options.Priority);
        return sb.ToString();
    }

    /// <summary>The line that deletes a cookie: empty value, <c>Expires</c> at the epoch.</summary>
    public static string Delete(string name, string path = "/") =>
        Format(name, "", new CookieAttributes { Path = path, Expires = DateTimeOffset.UnixEpoch }, DateTimeOffset.UnixEpoch);
}
