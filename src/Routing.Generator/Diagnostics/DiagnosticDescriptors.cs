using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable; each has <c>docs/diagnostics/ID.md</c>, linked when the
/// repository URL is known (<see cref="HelpLinks"/>).
/// The message formats hold the sentence, the call sites pass only the values (file, name, type, reason), so a
/// reworded message is one edit here and the values stay comparable in <see cref="Model.DiagnosticInfo"/>.
/// Where one id covers several problems, the last argument says which (and how to fix it).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Nextfunc.Routing";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.DuplicateRoute] = Error(DiagnosticIds.DuplicateRoute,
            "Two route files resolve to one URL",
            "Route file '{0}' serves '{1}', which '{2}' already serves as '{3}'; route groups and optional catch-alls do not change the URL, so remove or move one of them"),
        [DiagnosticIds.ConflictingParameterNames] = Error(DiagnosticIds.ConflictingParameterNames,
            "Sibling dynamic folders use different parameter names",
            "Route file '{0}' uses '{1}' where '{2}' uses the parameter name '{3}' at the same position; Next.js needs one name per dynamic path, so rename one folder"),
        [DiagnosticIds.CatchAllNotLast] = Error(DiagnosticIds.CatchAllNotLast,
            "A catch-all folder must be the last segment",
            "Route file '{0}': {1}"),
        [DiagnosticIds.NoVerbExported] = Error(DiagnosticIds.NoVerbExported,
            "The route file exports no HTTP verb",
            "Route file '{0}' exports no {1}; add {2} to '{3}'"),
        [DiagnosticIds.UnsupportedParameter] = Error(DiagnosticIds.UnsupportedParameter,
            "A verb method has a parameter the adapter cannot supply",
            "'{0}' cannot be called by the adapter: {1}; {2}"),
        [DiagnosticIds.UnsupportedReturnType] = Error(DiagnosticIds.UnsupportedReturnType,
            "A verb method's return type is not supported",
            "Method '{0}' returns '{1}'; return {2}"),
        [DiagnosticIds.InvalidSegmentConfig] = Error(DiagnosticIds.InvalidSegmentConfig,
            "Invalid segment config value",
            "Segment config '{0}' in '{1}' is not valid: {2}; use {3}"),
        [DiagnosticIds.ReservedRoutePrefix] = Create(DiagnosticIds.ReservedRoutePrefix, DiagnosticSeverity.Warning,
            "Route prefix reserved by Azure Functions",
            "Route file '{0}' serves '{1}', which starts with '{2}', a prefix Azure Functions reserves; the Functions host will reject it, so rename the folder (it still works under 'dotnet run')"),
        [DiagnosticIds.MalformedFolderName] = Error(DiagnosticIds.MalformedFolderName,
            "Malformed folder name",
            "Route file '{0}': {1}"),
        [DiagnosticIds.InvalidMatcher] = Error(DiagnosticIds.InvalidMatcher,
            "Invalid middleware matcher",
            "Middleware matcher '{0}' is invalid: {1}"),
        [DiagnosticIds.DuplicateMiddleware] = Error(DiagnosticIds.DuplicateMiddleware,
            "More than one middleware",
            "'{0}' is a second middleware file beside '{1}'; an app has exactly one middleware, so merge them"),
        [DiagnosticIds.InvalidMiddleware] = Error(DiagnosticIds.InvalidMiddleware,
            "Invalid middleware file",
            "Middleware file '{0}' must declare 'public static NextResponse? Middleware(NextRequest request)' in a static class (it may also take a NextFetchEvent second, return Task<NextResponse?> or ValueTask<NextResponse?>, or return nothing: void, Task, ValueTask); found {1}"),
        [DiagnosticIds.InvalidNextConfig] = Error(DiagnosticIds.InvalidNextConfig,
            "Invalid next.config.cs entry",
            "{0}: {1} is invalid: {2}"),
        [DiagnosticIds.NoRouteClass] = Error(DiagnosticIds.NoRouteClass,
            "A route file must declare exactly one static class with its handlers",
            "Route file '{0}' declares {1} static classes; put its verb methods and segment config in exactly one 'public static class' (for example 'public static class UserById {{ public static IResult GET(...) }}')"),
        [DiagnosticIds.FunctionNameCollision] = Error(DiagnosticIds.FunctionNameCollision,
            "Two routes become one Azure Functions name",
            "Route files '{0}' ('{1}') and '{2}' ('{3}') both become the Azure function '{4}'; function names ignore case and turn '.', '_' and non-ASCII characters into '-', so rename one folder"),
        [DiagnosticIds.InvalidRouteParameter] = Error(DiagnosticIds.InvalidRouteParameter,
            "A typed route parameter does not fit the route's segments",
            "Parameter '{0}' of '{1}' has type '{2}', which does not fit the route '{3}': {4}"),
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>Every descriptor, for the tests that check them all.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat) =>
        Create(id, DiagnosticSeverity.Error, title, messageFormat);

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string messageFormat) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, helpLinkUri: Help(id));

    private static string Help(string id) => HelpLinks.For(id, HelpLinks.RepositoryUrl);
}
