using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.Extensions.DependencyInjection;

namespace Nextfunc.Tests.Shared.HostRouting;

/// <summary>
/// One HTTP function as the Functions host routes it. The host builds a legacy ASP.NET Core
/// <see cref="Route"/> per function (template = route prefix + route, inline constraints resolved by
/// ASP.NET Core's own <see cref="IInlineConstraintResolver"/>, the methods as an <c>httpMethod</c>
/// <see cref="HttpMethodRouteConstraint"/>), so this class builds exactly that object and asks it:
/// nothing about template syntax or constraints is re-implemented here.
/// </summary>
/// <example><c>HostFunction.Create("r1_api_GET", "api", ["get", "head"], "anonymous").Matches("HEAD", "/api")</c> is true.</example>
public sealed class HostFunction
{
    // Route matching needs a logger factory and the inline constraint resolver from request services;
    // AddRouting registers the same constraint map (int, length, regex, ...) the host has.
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddRouting().BuildServiceProvider();

    private readonly Route _route;

    private HostFunction(string name, string route, IReadOnlyList<string>? methods, string authLevel, string template, Route compiled)
    {
        Name = name;
        Route = route;
        Methods = methods;
        AuthLevel = authLevel;
        Template = template;
        _route = compiled;
    }

    /// <summary>The function name.</summary>
    public string Name { get; }

    /// <summary>The route as the function declares it (function.json or the worker's metadata), without the prefix.</summary>
    public string Route { get; }

    /// <summary>The allowed methods, or null for all.</summary>
    public IReadOnlyList<string>? Methods { get; }

    /// <summary>The auth level (not enforced: like <c>func start</c>, the test hosts run with authorization off).</summary>
    public string AuthLevel { get; }

    /// <summary>The template the host matches: <c>routePrefix/route</c>, or the route alone when the prefix is empty.</summary>
    public string Template { get; }

    /// <summary>
    /// Builds the host's route. <paramref name="routePrefix"/> is host.json's <c>extensions.http.routePrefix</c>
    /// (see <see cref="HostRoutePrefix"/>). Throws on a template the host could not parse either.
    /// </summary>
    public static HostFunction Create(string name, string route, IReadOnlyList<string>? methods, string authLevel, string routePrefix = "")
    {
        // Like the host: an empty route means the function name (never the root; that is "/").
        var declared = string.IsNullOrWhiteSpace(route) ? name : route;
        var template = string.IsNullOrEmpty(routePrefix) ? declared : routePrefix + "/" + declared;
        var constraints = methods is null ? null : new Dictionary<string, object> { ["httpMethod"] = new HttpMethodRouteConstraint([.. methods]) };
        var compiled = new Route(new RouteHandler(_ => Task.CompletedTask), name, template, defaults: null, constraints, dataTokens: null,
            Services.GetRequiredService<IInlineConstraintResolver>());
        return new HostFunction(name, route, methods, authLevel, template, compiled);
    }

    /// <summary>True when the host would send <paramref name="method"/> <paramref name="path"/> to this function.</summary>
    public bool Matches(string method, PathString path) => TryMatch(method, path, out _);

    /// <summary>
    /// Like <see cref="Matches"/>, and gives the route values the host binds (they become the invocation's
    /// trigger metadata). Template, constraints and method are all checked by the <see cref="Route"/> itself.
    /// </summary>
    public bool TryMatch(string method, PathString path, out RouteValueDictionary routeValues)
    {
        var http = new DefaultHttpContext { RequestServices = Services };
        http.Request.Method = method;
        http.Request.Path = path;
        var context = new RouteContext(http);
        // Route matching completes synchronously: the handler is only selected here, never run.
        _route.RouteAsync(context).GetAwaiter().GetResult();
        routeValues = context.RouteData.Values;
        return context.Handler is not null;
    }
}
