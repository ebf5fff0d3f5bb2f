using System.Text.RegularExpressions;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The check Next.js makes of a redirect or rewrite target (<c>new URL(url)</c> must succeed, with no base): a
/// relative URL is a programming error it reports by throwing, so it never reaches the client as a broken Location.
/// </summary>
internal static partial class AbsoluteUrl
{
    /// <summary>
    /// Returns <paramref name="url"/> when it is absolute; throws with Next.js's message otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is relative or malformed.</exception>
    public static string Require(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsAbsolute(url))
            throw new ArgumentException(
                $"URL is malformed \"{url}\". Please use only absolute URLs - https://nextjs.org/docs/messages/middleware-relative-urls " +
                "(in C#: new Uri(request.Url, \"/path\") or a NextUrl).", nameof(url));
        return url;
    }

    /// <summary>
    /// True when the WHATWG URL parser accepts <paramref name="url"/> without a base: a scheme, and for the special
    /// schemes (http, https, ws, wss, ftp) a host. Leading and trailing spaces and control characters, tabs and
    /// newlines are ignored, as that parser ignores them.
    /// </summary>
    public static bool IsAbsolute(string url)
    {
        var trimmed = WithoutTabsOrNewlines(url).Trim(ControlOrSpace);
        var scheme = Scheme().Match(trimmed);
        if (!scheme.Success) return false;
        return scheme.Groups[1].Value.ToLowerInvariant() switch
        {
            "http" or "https" or "ws" or "wss" or "ftp" =>
                Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0,
            _ => true,
        };
    }

    /// <summary>Removes ASCII tab and newlines, as the URL parser does, so a target never splits the response.</summary>
    public static string WithoutTabsOrNewlines(string url) =>
        url.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? url : string.Concat(url.Where(c => c is not ('\t' or '\r' or '\n')));

    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
