using System;
using System.Text;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Matching;

/// <summary>
/// The two 308 redirects Next.js 15 (<c>trailingSlash: false</c>) answers before middleware and routing:
/// a path with <c>//</c> or <c>\</c> goes to its cleaned form, then a path ending in <c>/</c> (other than
/// <c>/</c> itself) goes to the path without it. The query is kept (re-serialised for the trailing slash); the Location is relative.
/// </summary>
/// <example>
/// <c>SlashRedirect.GetLocation("/api/users/1/", "q=2")</c> is <c>/api/users/1?q=2</c>;
/// <c>SlashRedirect.GetLocation("/about//a", null)</c> is <c>/about/a</c>; <c>GetLocation("/", null)</c> is null.
/// </example>
internal static class SlashRedirect
{
    /// <summary>The status Next.js uses for both redirects.</summary>
    public const int StatusCode = 308;

    /// <summary>
    /// The Location for a 308, or null when the request goes on to middleware.
    /// </summary>
    /// <param name="rawPath">The request-target before its first <c>?</c>, byte for byte (not decoded; a <c>#</c> fragment included).</param>
    /// <param name="rawQuery">The raw text after that <c>?</c>, or null/empty when there is none.</param>
    /// <remarks>
    /// Both checks are Next's own. The slash clean-up looks at everything before the <c>?</c> and keeps the rest
    /// verbatim. The trailing-slash redirect is a rule on <c>url.parse</c>'s pathname (no fragment), and its Location
    /// carries the query re-serialised by <c>querystring</c>: <c>/a/?k</c> goes to <c>/a?k=</c>, <c>/a/?b=%zz</c> to <c>/a?b=%25zz</c>.
    /// </remarks>
    public static string? GetLocation(string rawPath, string? rawQuery) => GetLocation(rawPath, rawQuery, TrailingSlash.Never);

    /// <summary>
    /// <see cref="GetLocation(string, string?)"/> under <c>next.config.cs</c>'s <c>trailingSlash</c>: with
    /// <see cref="TrailingSlash.Always"/> a path goes to its form ending in <c>/</c>, unless its last segment has a dot (a
    /// file: <c>/hello.txt/</c> goes to <c>/hello.txt</c>); with <see cref="TrailingSlash.Keep"/> only repeated slashes are cleaned.
    /// </summary>
    public static string? GetLocation(string rawPath, string? rawQuery, TrailingSlash trailingSlash)
    {
        if (rawPath.Length == 0)
            return null;
        if (rawPath.IndexOf('\\') >= 0 || rawPath.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            // Next's normalizeRepeatedSlashes. The redirect may still end in "/": the follow-up request
            // then gets the trailing-slash redirect, exactly as in Next (one redirect per request).
            var location = CollapseSlashes(rawPath);
            return string.IsNullOrEmpty(rawQuery) ? location : location + "?" + rawQuery;
        }

        var pathname = WhatwgUrl.WithoutFragment(rawPath);
        if (trailingSlash == TrailingSlash.Keep || pathname.Length <= 1)
            return null;
        var endsWithSlash = pathname[pathname.Length - 1] == '/';
        string target;
        if (trailingSlash == TrailingSlash.Never || IsFile(pathname))
        {
            if (!endsWithSlash) return null;
            target = pathname.Substring(0, pathname.Length - 1);
        }
        else
        {
            if (endsWithSlash) return null;
            target = pathname + "/";
        }
        // A "?" after the "#" is part of the fragment: then there is no query.
        var query = pathname.Length < rawPath.Length || string.IsNullOrEmpty(rawQuery)
            ? ""
            : NodeQuery.Stringify(WhatwgUrl.WithoutFragment(rawQuery!));
        return query.Length == 0 ? target : target + "?" + query;
    }

    // A last segment with a dot (hello.txt) is a file: Next.js never gives it a trailing slash.
    private static bool IsFile(string pathname)
    {
        var end = pathname.Length - (pathname[pathname.Length - 1] == '/' ? 1 : 0);
        var start = pathname.LastIndexOf('/', end - 1) + 1;
        return pathname.AsSpan(start, end - start).Contains('.');
    }

    private static string CollapseSlashes(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var raw in path)
        {
            var c = raw == '\\' ? '/' : raw;
            if (c == '/' && sb.Length > 0 && sb[sb.Length - 1] == '/')
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
