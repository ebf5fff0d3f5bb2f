using System.Collections.Generic;
using System.Linq;

namespace Nextfunc.Routing.Conventions;

/// <summary>
/// Turns a file path under <c>app/</c> into the route it serves, following the Next.js 15 App Router
/// file conventions. Pure: the generator calls it at build time, tests call it directly.
/// </summary>
/// <example>
/// <c>RouteFileConvention.Parse("api/(admin)/users/[id]/route.cs")</c> gives the pattern
/// <c>/api/users/[id]</c> of kind <see cref="RouteFileKind.Route"/>.
/// </example>
internal static class RouteFileConvention
{
    /// <summary>
    /// Parses an <c>app</c>-relative path with <c>/</c> separators. Returns null when the file is not a
    /// route file or sits in a private folder (not routable).
    /// </summary>
    public static RouteFile? Parse(string appRelativePath)
    {
        var parts = appRelativePath.Split('/');
        var fileName = parts[parts.Length - 1];
        RouteFileKind kind;
        switch (fileName)
        {
            case "route.cs": kind = RouteFileKind.Route; break;
            case "sitemap.cs": kind = RouteFileKind.Sitemap; break;
            case "robots.cs": kind = RouteFileKind.Robots; break;
            default: return null;
        }

        var folders = parts.Take(parts.Length - 1).ToArray();
        if (folders.Any(FolderName.IsPrivate))
            return null;
        if (kind == RouteFileKind.Robots && folders.Any(f => !FolderName.IsOmittedFromUrl(f)))
            return null; // Next.js serves robots only from the app root.

        var errors = new List<ConventionError>();
        var segments = new List<RouteSegment>();
        var names = new HashSet<string>();
        foreach (var folder in folders)
        {
            if (FolderName.Problem(folder) is { } problem)
            {
                errors.Add(new ConventionError(DiagnosticIds.MalformedFolderName, problem));
                continue;
            }
            if (FolderName.Classify(folder) is not { } segment)
                continue;
            if (segment.Kind != SegmentKind.Static && !names.Add(segment.Value))
                errors.Add(new ConventionError(DiagnosticIds.MalformedFolderName,
                    $"the parameter name '{segment.Value}' is used twice in one route; give each dynamic folder its own name"));
            segments.Add(segment);
        }

        for (var i = 0; i < segments.Count - 1; i++)
        {
            if (segments[i].Kind is SegmentKind.CatchAll or SegmentKind.OptionalCatchAll)
                errors.Add(new ConventionError(DiagnosticIds.CatchAllNotLast,
                    $"the catch-all folder '{segments[i]}' must be the last folder of the route; move '{segments[i + 1]}' out of it or make it a plain [{segments[i].Value}]"));
        }

        if (kind == RouteFileKind.Sitemap) segments.Add(new RouteSegment(SegmentKind.Static, "sitemap.xml"));
        if (kind == RouteFileKind.Robots) segments.Add(new RouteSegment(SegmentKind.Static, "robots.txt"));
        return new RouteFile(kind, new RoutePattern(segments), errors);
    }

    /// <summary>True when the first URL segment starts with a prefix the Azure Functions host reserves.</summary>
    public static bool HasReservedPrefix(RoutePattern pattern) =>
        pattern.Segments.Count > 0 && pattern.Segments[0].Kind == SegmentKind.Static &&
        (pattern.Segments[0].Value.ToLowerInvariant().StartsWith("admin") ||
         pattern.Segments[0].Value.ToLowerInvariant().StartsWith("runtime"));
}
