using System;
using System.Text;

namespace Serverless.Routing.Matching;

/// <summary>
/// The two 308 redirects Next.js 15 (<c>trailingSlash: false</c>) answers before middleware and routing:
/// a path with <c>//</c> or <c>\</c> goes to its cleaned form, then a path ending in <c>/</c> (other than
/// <c>/</c> itself) goes to the path without it. The query is kept; the Location is relative.
/// </summary>
/// <example>
/// <c>SlashRedirect.GetLocation("/api/users/1/", "q=2")</c> is <c>/api/users/1?q=2</c>;
/// <c>SlashRedirect.GetLocation("/about//a", null)</c> is <c>/about/a</c>; <c>GetLocation("/", null)</c> is null.
/// </example>
public static class SlashRedirect
{
    /// <summary>The status Next.js uses for both redirects.</summary>
    public const int StatusCode = 308;

    /// <summary>
    /// The Location for a 308, or null when the request goes on to middleware.
    /// </summary>
    /// <param name="rawPath">The request-target before <c>?</c>, byte for byte (not decoded).</param>
    /// <param name="rawQuery">The raw text after <c>?</c>, or null/empty when there is none.</param>
    public static string? GetLocation(string rawPath, string? rawQuery)
    {
        if (rawPath.Length == 0)
            return null;
        string? location = null;
        if (rawPath.IndexOf('\\') >= 0 || rawPath.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            // Next's normalizeRepeatedSlashes. The redirect may still end in "/": the follow-up request
            // then gets the trailing-slash redirect, exactly as in Next (one redirect per request).
            location = CollapseSlashes(rawPath);
        }
        else if (rawPath.Length > 1 && rawPath[rawPath.Length - 1] == '/')
        {
            location = rawPath.Substring(0, rawPath.Length - 1);
        }
        if (location is null)
            return null;
        return string.IsNullOrEmpty(rawQuery) ? location : location + "?" + rawQuery;
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
