using System.Collections.Generic;
using System.Linq;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Checks across route files: two files serving one URL (NXF001), sibling dynamic folders with
/// different names (NXF002), and prefixes the Azure Functions host reserves (NXF008).
/// </summary>
internal static class RouteTableValidator
{
    public static IEnumerable<DiagnosticInfo> Validate(IReadOnlyList<(RouteClassModel Model, RoutePattern Pattern)> routes)
    {
        // NXF001: the same URL shape (param names erased). An optional catch-all also claims its parent URL.
        var claimed = new Dictionary<string, (RouteClassModel Model, RoutePattern Pattern)>();
        foreach (var route in routes)
        {
            foreach (var shape in Shapes(route.Pattern))
            {
                if (claimed.TryGetValue(shape, out var first) && first.Model.FilePath != route.Model.FilePath)
                    yield return DiagnosticInfo.Create(DiagnosticIds.DuplicateRoute, route.Model.Location,
                        Relative(route.Model.FilePath), route.Pattern.Text, Relative(first.Model.FilePath), first.Pattern.Text);
                else if (!claimed.ContainsKey(shape))
                    claimed[shape] = route;
            }
        }

        // NXF002: one parameter name per dynamic position.
        var names = new Dictionary<string, (string Name, RouteClassModel Model)>();
        foreach (var route in routes)
        {
            var segments = route.Pattern.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].Kind == SegmentKind.Static) continue;
                var key = Shape(segments.Take(i)) + "|" + (int)segments[i].Kind;
                if (names.TryGetValue(key, out var seen) && seen.Name != segments[i].Value)
                    yield return DiagnosticInfo.Create(DiagnosticIds.ConflictingParameterNames, route.Model.Location,
                        Relative(route.Model.FilePath), segments[i].ToString(), Relative(seen.Model.FilePath), seen.Name);
                else if (!names.ContainsKey(key))
                    names[key] = (segments[i].Value, route.Model);
            }
        }

        // Azure Functions names are case-insensitive and our names fold some characters, so two URLs can
        // still collide on a name the host would reject.
        var byName = new Dictionary<string, (RouteClassModel Model, RoutePattern Pattern)>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes)
        {
            if (byName.TryGetValue(route.Pattern.FunctionBaseName, out var other) && other.Pattern.Text != route.Pattern.Text)
                yield return DiagnosticInfo.Create(DiagnosticIds.FunctionNameCollision, route.Model.Location,
                    Relative(route.Model.FilePath), route.Pattern.Text, Relative(other.Model.FilePath), other.Pattern.Text, route.Pattern.FunctionBaseName);
            else if (!byName.ContainsKey(route.Pattern.FunctionBaseName))
                byName[route.Pattern.FunctionBaseName] = route;
        }

        foreach (var route in routes.Where(r => RouteFileConvention.HasReservedPrefix(r.Pattern)))
            yield return DiagnosticInfo.Create(DiagnosticIds.ReservedRoutePrefix, route.Model.Location,
                Relative(route.Model.FilePath), route.Pattern.Text, ReservedPrefix(route.Pattern));
    }

    // HasReservedPrefix matched: name the prefix the host rejects, as the user wrote it.
    private static string ReservedPrefix(RoutePattern pattern)
    {
        var first = pattern.Segments[0].Value;
        var length = first.ToLowerInvariant().StartsWith("admin") ? "admin".Length : "runtime".Length;
        return first.Substring(0, length);
    }

    private static IEnumerable<string> Shapes(RoutePattern pattern)
    {
        yield return Shape(pattern.Segments);
        var last = pattern.Segments.Count - 1;
        if (last >= 0 && pattern.Segments[last].Kind == SegmentKind.OptionalCatchAll)
        {
            yield return Shape(pattern.Segments.Take(last));
            // [[...b]] also claims every URL a [...a] beside it would serve.
            yield return Shape(pattern.Segments.Take(last)).TrimEnd('/') + "/[" + (int)SegmentKind.CatchAll + "]";
        }
    }

    private static string Shape(IEnumerable<RouteSegment> segments) =>
        "/" + string.Join("/", segments.Select(s => s.Kind == SegmentKind.Static ? s.Value : "[" + (int)s.Kind + "]"));

    private static string Relative(string path)
    {
        var i = path.Replace('\\', '/').LastIndexOf("/app/");
        return i < 0 ? path : path.Substring(i + 1).Replace('\\', '/');
    }
}
