using System.Text.RegularExpressions;

namespace Nextfunc.FunctionApp;

/// <summary>
/// The checks the Azure Functions host runs on HTTP functions at start-up (<c>ScriptHost.ValidateName</c>,
/// <c>ValidateHttpFunction</c>, <c>HttpRoutesConflict</c> in Azure/azure-functions-host). A layout that
/// fails one of them makes the host refuse the function, so the writer and the tests apply them first.
/// </summary>
/// <example><c>HostRouteRules.RoutesConflict("api/users", ["get"], "/api/users/", null)</c> is true.</example>
internal static partial class HostRouteRules
{
    /// <summary>Every method, for the routing model: what a function without <c>methods</c> accepts.</summary>
    public static readonly IReadOnlyList<string> AllMethods = ["get", "post", "put", "delete", "patch", "head", "options", "trace"];

    /// <summary>True when the host accepts <paramref name="name"/> as a function (folder) name.</summary>
    public static bool IsValidFunctionName(string name) => FunctionName().IsMatch(name);

    /// <summary>
    /// True when the host rejects the route as conflicting with its built-in routes: the template, trimmed of
    /// <c>/</c> and lower-cased, starts with <c>admin</c> or <c>runtime</c> (so <c>administrator</c> too).
    /// </summary>
    public static bool IsReservedRoute(string route)
    {
        var r = route.Trim('/').ToLowerInvariant();
        return r.StartsWith("admin", StringComparison.Ordinal) || r.StartsWith("runtime", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the host refuses the pair: the same route string (case-insensitive, <c>/</c>-trimmed) and
    /// intersecting methods, where missing methods mean all of them. Overlapping but different templates
    /// (<c>api/{id}</c> and <c>api/me</c>) never conflict: the first in name order simply wins.
    /// </summary>
    public static bool RoutesConflict(string route, IReadOnlyList<string>? methods, string otherRoute, IReadOnlyList<string>? otherMethods)
    {
        if (!string.Equals(route.Trim('/'), otherRoute.Trim('/'), StringComparison.OrdinalIgnoreCase))
            return false;
        if (methods is null || methods.Count == 0 || otherMethods is null || otherMethods.Count == 0)
            return true;
        return methods.Intersect(otherMethods, StringComparer.OrdinalIgnoreCase).Any();
    }

    // The host's own pattern: a letter, then up to 127 letters, digits, '_' or '-'; never "host".
    [GeneratedRegex(@"^[a-z][a-z0-9_\-]{0,127}$(?<!^host$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FunctionName();
}
