using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing;

/// <summary>
/// What the generator compiled from an app's <c>app/</c> folder and <c>middleware.cs</c>: every route
/// with its functions, the middleware, and the build id that keys cached responses. An app passes
/// <c>GeneratedFunctions.Manifest</c> to <c>NextfuncApp.CreateBuilder</c>; its contents are the host's business.
/// </summary>
/// <example><c>var app = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest).Build();</c></example>
public sealed class FunctionAppManifest
{
    /// <summary>Creates a manifest; the route table is compiled once, here.</summary>
    internal FunctionAppManifest(IReadOnlyList<RouteEntry> routes, MiddlewareDefinition? middleware, string buildId)
    {
        Routes = routes;
        Middleware = middleware;
        BuildId = buildId;
        Table = new RouteTable(routes);
    }

    /// <summary>Every route file, in precedence order.</summary>
    internal IReadOnlyList<RouteEntry> Routes { get; }

    /// <summary>The compiled matcher over <see cref="Routes"/>.</summary>
    internal RouteTable Table { get; }

    /// <summary>The app's <c>middleware.cs</c>, if it has one.</summary>
    internal MiddlewareDefinition? Middleware { get; }

    /// <summary>The app's <c>next.config.cs</c> (headers, redirects, rewrites, basePath, trailingSlash); null without one.</summary>
    internal Config.NextConfigRules? Config { get; init; }

    /// <summary>Identifies this build; cached entries of another build are never served.</summary>
    public string BuildId { get; }

    /// <summary>
    /// The app's OpenAPI 3.1 document (JSON), written by the generator from the route files; served at
    /// <c>/openapi.json</c> when <c>Nextfunc:OpenApi:Enabled</c> is true. Null when the manifest was built by hand.
    /// </summary>
    public string? OpenApiDocument { get; internal init; }

    /// <summary>The app's assembly (its entry point starts it for a test); null for a manifest built by hand.</summary>
    internal System.Reflection.Assembly? AppAssembly { get; init; }

    /// <summary>The start-ups of the packages the app references that extend Nextfunc (the blob store, ...), run before the host's defaults.</summary>
    internal IReadOnlyList<Action<IServiceCollection>> Extensions { get; init; } = [];

    /// <summary>Every function of every route, in Azure Functions name order.</summary>
    internal IEnumerable<(RouteEntry Route, RouteFunction Function)> Functions =>
        Routes.SelectMany(r => r.Functions.Select(f => (r, f))).OrderBy(x => x.f.Name, StringComparer.OrdinalIgnoreCase);
}
