using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;

namespace Nextfunc.FunctionApp;

/// <summary>
/// The functions an app becomes under the Azure Functions host: one per route file × exported verb, in
/// name order (which is Next.js precedence order, because the host tries routes in name order), then one
/// all-methods fallback so 404s, 405s, OPTIONS and middleware-only paths still reach our process.
/// </summary>
/// <example>
/// <code>
/// foreach (var f in FunctionAppPlan.Create(GeneratedFunctions.Manifest))
///     Console.WriteLine($"{f.Name} {f.Route}");   // ... zz_fallback {*path}
/// </code>
/// </example>
internal static class FunctionAppPlan
{
    /// <summary>The fallback's name: it must sort after every generated name (which all start with <c>r</c>).</summary>
    public const string FallbackName = "zz_fallback";

    /// <summary>
    /// The root URL's route. Neither "" (the host then routes the function's name) nor "/" (the worker
    /// prefixes routes with "{routePrefix}/", and "//" fails) works in both; an optional parameter that
    /// no segment satisfies matches exactly the root under the host and the worker alike.
    /// </summary>
    public const string RootRoute = "{_:length(0)?}";

    /// <summary>
    /// Plans the functions of <paramref name="manifest"/>. Throws <see cref="FunctionAppLayoutException"/>
    /// when the host would refuse one: a reserved route (NXF008), an invalid or duplicate name, a route conflict.
    /// </summary>
    public static IReadOnlyList<PlannedFunction> Create(FunctionAppManifest manifest)
    {
        var functions = new List<PlannedFunction>();
        var errors = new List<string>();

        // basePath (next.config.cs) is part of every URL the app serves: the host routes it like any other segment.
        var basePath = manifest.Config?.BasePath.Trim('/') ?? "";
        foreach (var (route, function) in manifest.Functions)
        {
            var template = basePath.Length == 0 ? route.AzureRouteTemplate
                : route.AzureRouteTemplate.Length == 0 ? basePath : basePath + "/" + route.AzureRouteTemplate;
            if (HostRouteRules.IsReservedRoute(template))
                errors.Add($"{route.SourceFile}: {route.Pattern.Text} starts with 'admin' or 'runtime', which the Functions host reserves for its own endpoints and refuses as a function route ({DiagnosticIds.ReservedRoutePrefix}). Rename the folder; the route still works under 'dotnet run'.");

            functions.Add(new PlannedFunction(
                function.Name,
                template.Length == 0 ? RootRoute : template,
                Methods(route, function),
                route.Config.AuthLevel));
        }

        // The fallback is anonymous: it only carries requests no route function accepts, and our process
        // answers those itself (404 page, 405 with Allow, OPTIONS, middleware responses).
        functions.Add(new PlannedFunction(FallbackName, FallbackRoute(functions), null, "anonymous"));

        errors.AddRange(Validate(functions));
        if (errors.Count > 0)
            throw new FunctionAppLayoutException(
                "The Azure Functions host would refuse this app:\n  " + string.Join("\n  ", errors));
        return functions;
    }

    /// <summary>
    /// The host's start-up checks over a whole layout: valid and unique names, a known auth level,
    /// no reserved route, no two functions with the same route and intersecting methods, fallback last.
    /// Returns one message per problem; empty when the host would accept every function.
    /// </summary>
    public static IEnumerable<string> Validate(IReadOnlyList<PlannedFunction> functions)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in functions)
        {
            if (!HostRouteRules.IsValidFunctionName(f.Name))
                yield return $"'{f.Name}' is not a valid function name (a letter, then at most 127 letters, digits, '_' or '-'); shorten or rename the route folders.";
            if (!seen.Add(f.Name))
                yield return $"Two functions are named '{f.Name}' (names are case-insensitive, and so are folders on Windows).";
            if (!SegmentConfig.AuthLevels.Contains(f.AuthLevel))
                yield return $"{f.Name}: AuthLevel '{f.AuthLevel}' is not one of {string.Join(", ", SegmentConfig.AuthLevels)}.";
            if (f.Name != FallbackName && string.Compare(f.Name, FallbackName, StringComparison.OrdinalIgnoreCase) >= 0)
                yield return $"{f.Name} sorts after {FallbackName}, so the fallback would shadow it.";
        }

        for (var i = 0; i < functions.Count; i++)
            for (var j = i + 1; j < functions.Count; j++)
                if (HostRouteRules.RoutesConflict(functions[i].Route, functions[i].Methods, functions[j].Route, functions[j].Methods))
                    yield return $"{functions[j].Name} and {functions[i].Name} both claim route '{functions[i].Route}' for an overlapping method; the host rejects the second one.";
    }

    private static IReadOnlyList<string> Methods(RouteEntry route, RouteFunction function)
    {
        var verb = function.Verb.ToString().ToLowerInvariant();
        // Next.js answers HEAD with the GET handler; the host does not derive HEAD from GET (it would 404).
        return function.Verb == HttpVerb.GET && route.Find(HttpVerb.HEAD) is null ? [verb, "head"] : [verb];
    }

    private static string FallbackRoute(List<PlannedFunction> functions)
    {
        // "{*path}" is the same string a root [[...path]] route produces, and the fallback takes every
        // method, so the host would call it a conflict; pick another parameter name then.
        var route = "{*path}";
        for (var n = 1; functions.Any(f => string.Equals(f.Route.Trim('/'), route, StringComparison.OrdinalIgnoreCase)); n++)
            route = "{*path" + n + "}";
        return route;
    }
}
