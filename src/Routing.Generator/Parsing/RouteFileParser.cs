using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Generator.OpenApi;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads one class of a route file into a <see cref="RouteClassModel"/>: its exported verbs, its
/// segment config and every problem with them. Roslyn symbols never leave this class.
/// </summary>
internal static class RouteFileParser
{
    private static readonly string[] Verbs = { "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE" };

    public static RouteClassModel? Parse(ClassDeclarationSyntax syntax, SemanticModel model)
    {
        if (model.GetDeclaredSymbol(syntax) is not INamedTypeSymbol type) return null;
        var fileName = System.IO.Path.GetFileName(syntax.SyntaxTree.FilePath);
        var kind = fileName switch { "sitemap.cs" => RouteFileKind.Sitemap, "robots.cs" => RouteFileKind.Robots, _ => RouteFileKind.Route };
        var diagnostics = new List<DiagnosticInfo>();
        var schemas = new SchemaBuilder();
        var operations = new OperationReader(model, schemas);
        var handlers = kind == RouteFileKind.Route
            ? ParseVerbs(type, model.Compilation, operations, diagnostics)
            : ParseMetadata(type, kind, model.Compilation, operations, diagnostics);

        var config = SegmentConfigParser.Parse(type, diagnostics);
        var generate = type.GetMembers("GenerateStaticParams").OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic);
        var generateShape = generate is null ? default : HandlerSignature.Return(generate.ReturnType, model.Compilation, WellKnownTypes.RouteParams);
        if (generate is not null && (!generateShape.Supported || generate.Parameters.Length > 0))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnsupportedReturnType, SourceLocation.From(generate.Locations[0]),
                $"{type.Name}.{generate.Name}", generate.ReturnType.ToDisplayString(),
                "IEnumerable<RouteParams> (or a Task of it), from a method that takes no parameters"));
        return new RouteClassModel(
            syntax.SyntaxTree.FilePath,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            SourceLocation.From(syntax.Identifier.GetLocation()),
            handlers.ToEquatableArray(),
            config.Dynamic,
            config.Revalidate,
            config.DynamicParams,
            config.AuthLevel,
            config.MaxDuration,
            generate is not null,
            generateShape.IsAsync,
            diagnostics.ToEquatableArray(),
            DocComments.SummaryOf(syntax),
            schemas.Components.ToEquatableArray());
    }

    private static List<HandlerModel> ParseVerbs(INamedTypeSymbol type, Compilation compilation, OperationReader operations, List<DiagnosticInfo> diagnostics)
    {
        var handlers = new List<HandlerModel>();
        foreach (var verb in Verbs)
        {
            foreach (var method in type.GetMembers(verb).OfType<IMethodSymbol>())
            {
                var location = SourceLocation.From(method.Locations[0]);
                if (!method.IsStatic || method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnsupportedParameter, location, $"{type.Name}.{verb}",
                        $"it is '{Modifiers(method)}'", "make it 'public static' (or 'internal static') to export it as a route handler"));
                    continue;
                }
                if (Handler(verb, method, compilation, operations, diagnostics, null) is { } handler)
                    handlers.Add(handler);
            }
        }
        return handlers;
    }

    private static List<HandlerModel> ParseMetadata(INamedTypeSymbol type, RouteFileKind kind, Compilation compilation, OperationReader operations, List<DiagnosticInfo> diagnostics)
    {
        var (methodName, dataType, wrapper) = kind == RouteFileKind.Sitemap
            ? ("Sitemap", WellKnownTypes.SitemapEntry, WellKnownTypes.MetadataResponses + ".Sitemap")
            : ("Robots", WellKnownTypes.RobotsFile, WellKnownTypes.MetadataResponses + ".Robots");
        var method = type.GetMembers(methodName).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic);
        if (method is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoVerbExported, SourceLocation.From(type.Locations[0]),
                AppModelBuilder.Relative(type.Locations[0].SourceTree?.FilePath ?? "", ""), $"{methodName} method",
                $"'public static {(kind == RouteFileKind.Sitemap ? "IEnumerable<SitemapEntry>" : "RobotsFile")} {methodName}()'", type.ToDisplayString()));
            return new List<HandlerModel>();
        }
        var handler = Handler("GET", method, compilation, operations, diagnostics, dataType);
        return handler is null ? new List<HandlerModel>() : new List<HandlerModel> { handler with { ResultWrapper = wrapper } };
    }

    private static string Modifiers(IMethodSymbol method) =>
        (method.DeclaredAccessibility switch
        {
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.Internal => "internal",
            _ => "public",
        }) + (method.IsStatic ? " static" : "");

    private static HandlerModel? Handler(string verb, IMethodSymbol method, Compilation compilation, OperationReader operations, List<DiagnosticInfo> diagnostics, string? expectedData)
    {
        var location = SourceLocation.From(method.Locations[0]);
        var ok = true;
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            var binding = HandlerSignature.Bind(parameter);
            var model = new ParameterModel(parameter.Name, binding, HandlerSignature.ServiceType(parameter),
                RouteValueTypes.Classify(parameter), parameter.Type.ToDisplayString(), binding is null ? SourceLocation.From(parameter.Locations[0]) : null);
            if (parameter.RefKind != RefKind.None)
            {
                // The rest (a route value, a service) depends on the folder names: RouteParameterBinder decides.
                ok = false;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnsupportedParameter, SourceLocation.From(parameter.Locations[0]), $"{method.ContainingType.Name}.{method.Name}",
                    $"parameter '{parameter.Name}' is passed by reference", "take it by value"));
            }
            parameters.Add(model);
        }

        var (supported, isAsync) = HandlerSignature.Return(method.ReturnType, compilation, expectedData);
        if (!supported)
        {
            ok = false;
            var wanted = expectedData is null ? HandlerSignature.SupportedReturns : expectedData.Split('.').Last() + " (or a Task of it)";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnsupportedReturnType, location,
                $"{method.ContainingType.Name}.{method.Name}", method.ReturnType.ToDisplayString(), wanted));
        }
        if (!ok) return null;
        var operation = method.DeclaringSyntaxReferences.FirstOrDefault(r => r.SyntaxTree == method.Locations[0].SourceTree)?.GetSyntax() is { } declaration
            ? operations.Read(method, declaration)
            : new OperationModel(null, null, new ResponseModel[0].ToEquatableArray(), new QueryParameterModel[0].ToEquatableArray());
        return new HandlerModel(verb, method.Name, parameters.ToEquatableArray(), new string[0].ToEquatableArray(), isAsync, null, operation);
    }
}
