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
    public static string? GetLocation(string rawPath, string? rawQuery)
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
        if (pathname.Length <= 1 || pathname[pathname.Length - 1] != '/')
            return null;
        // A "?" after the "#" is part of the fragment: then there is no query.
        var query = pathname.Length < rawPath.Length || string.IsNullOrEmpty(rawQuery)
            ? ""
            : NodeQuery.Stringify(WhatwgUrl.WithoutFragment(rawQuery!));
        var target = pathname.Substring(0, pathname.Length - 1);
        return query.Length == 0 ? target : target + "?" + query;
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
