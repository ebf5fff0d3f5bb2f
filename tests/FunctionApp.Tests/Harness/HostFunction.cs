using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Serverless.FunctionApp.Tests.Harness;

/// <summary>
/// One HTTP function as the host routes it: its <c>route</c> as an ASP.NET Core template (the host builds
/// legacy <c>Route</c> objects, i.e. <see cref="TemplateMatcher"/>) and its methods as a constraint.
/// </summary>
/// <example><c>HostFunction.Create("r1_api_GET", "api", ["get", "head"], "anonymous").Matches("HEAD", "/api")</c> is true.</example>
public sealed class HostFunction
{
    private readonly TemplateMatcher _matcher;

    private HostFunction(string name, string route, IReadOnlyList<string>? methods, string authLevel, TemplateMatcher matcher)
    {
        Name = name;
        Route = route;
        Methods = methods;
        AuthLevel = authLevel;
        _matcher = matcher;
    }

    /// <summary>The function (folder) name.</summary>
    public string Name { get; }

    /// <summary>The route template as written in function.json.</summary>
    public string Route { get; }

    /// <summary>The allowed methods, or null for all.</summary>
    public IReadOnlyList<string>? Methods { get; }

    /// <summary>The auth level (not enforced: like <c>func start</c>, the model runs with authorization off).</summary>
    public string AuthLevel { get; }

    /// <summary>Parses the template (throws on a template the host could not parse either).</summary>
    public static HostFunction Create(string name, string route, IReadOnlyList<string>? methods, string authLevel)
    {
        // Like the host: an empty route means the function name (never the root; that is "/").
        var template = TemplateParser.Parse(string.IsNullOrWhiteSpace(route) ? name : route);
        var defaults = new RouteValueDictionary();
        foreach (var p in template.Parameters.Where(p => p.DefaultValue is not null))
            defaults[p.Name!] = p.DefaultValue;
        return new HostFunction(name, route, methods, authLevel, new TemplateMatcher(template, defaults));
    }

    /// <summary>True when the host would send <paramref name="method"/> <paramref name="path"/> to this function.</summary>
    public bool Matches(string method, PathString path) =>
        (Methods is null || Methods.Any(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase))) &&
        _matcher.TryMatch(path, new RouteValueDictionary());
}
