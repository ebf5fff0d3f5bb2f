using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable; each has <c>docs/diagnostics/ID.md</c>.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Nextfunc.Routing";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.DuplicateRoute] = Error(DiagnosticIds.DuplicateRoute, "Two route files resolve to one URL"),
        [DiagnosticIds.ConflictingParameterNames] = Error(DiagnosticIds.ConflictingParameterNames, "Sibling dynamic folders use different parameter names"),
        [DiagnosticIds.CatchAllNotLast] = Error(DiagnosticIds.CatchAllNotLast, "A catch-all folder must be the last segment"),
        [DiagnosticIds.NoVerbExported] = Error(DiagnosticIds.NoVerbExported, "The route file exports no HTTP verb"),
        [DiagnosticIds.UnsupportedParameter] = Error(DiagnosticIds.UnsupportedParameter, "A verb method has a parameter the adapter cannot supply"),
        [DiagnosticIds.UnsupportedReturnType] = Error(DiagnosticIds.UnsupportedReturnType, "A verb method's return type is not supported"),
        [DiagnosticIds.InvalidSegmentConfig] = Error(DiagnosticIds.InvalidSegmentConfig, "Invalid segment config value"),
        [DiagnosticIds.ReservedRoutePrefix] = new(DiagnosticIds.ReservedRoutePrefix, "Route prefix reserved by Azure Functions", "{0}", Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.ReservedRoutePrefix)),
        [DiagnosticIds.MalformedFolderName] = Error(DiagnosticIds.MalformedFolderName, "Malformed folder name"),
        [DiagnosticIds.InvalidMatcher] = Error(DiagnosticIds.InvalidMatcher, "Invalid middleware matcher"),
        [DiagnosticIds.DuplicateMiddleware] = Error(DiagnosticIds.DuplicateMiddleware, "More than one middleware"),
        [DiagnosticIds.InvalidMiddleware] = Error(DiagnosticIds.InvalidMiddleware, "Invalid middleware file"),
        [DiagnosticIds.FunctionNameCollision] = Error(DiagnosticIds.FunctionNameCollision, "Two routes become one Azure Functions name"),
        [DiagnosticIds.InvalidRouteParameter] = Error(DiagnosticIds.InvalidRouteParameter, "A typed route parameter does not fit the route's segments"),
        [DiagnosticIds.NoRouteClass] = Error(DiagnosticIds.NoRouteClass, "A route file must declare exactly one static class with its handlers"),
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(id));

    private static string Help(string id) => $"docs/diagnostics/{id}.md";
}
