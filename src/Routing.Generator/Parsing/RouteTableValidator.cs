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
                    yield return new DiagnosticInfo(DiagnosticIds.DuplicateRoute, route.Model.Location,
                        $"{Relative(route.Model.FilePath)} serves {route.Pattern.Text}, which {Relative(first.Model.FilePath)} already serves as {first.Pattern.Text}; route groups and optional catch-alls do not change the URL, so remove or move one of them");
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
                    yield return new DiagnosticInfo(DiagnosticIds.ConflictingParameterNames, route.Model.Location,
                        $"{Relative(route.Model.FilePath)} uses '{segments[i]}' where {Relative(seen.Model.FilePath)} uses the parameter name '{seen.Name}' at the same position; Next.js needs one name per dynamic path, so rename one folder");
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
                yield return new DiagnosticInfo(DiagnosticIds.FunctionNameCollision, route.Model.Location,
                    $"{Relative(route.Model.FilePath)} ({route.Pattern.Text}) and {Relative(other.Model.FilePath)} ({other.Pattern.Text}) both become the Azure function '{route.Pattern.FunctionBaseName}'; function names ignore case and turn '.', '_' and non-ASCII characters into '-', so rename one folder");
            else if (!byName.ContainsKey(route.Pattern.FunctionBaseName))
                byName[route.Pattern.FunctionBaseName] = route;
        }

        foreach (var route in routes.Where(r => RouteFileConvention.HasReservedPrefix(r.Pattern)))
            yield return new DiagnosticInfo(DiagnosticIds.ReservedRoutePrefix, route.Model.Location,
                $"{route.Pattern.Text} starts with a prefix Azure Functions reserves ('admin' or 'runtime'); the Functions host will reject it, so rename the folder (it still works under 'dotnet run')");
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
