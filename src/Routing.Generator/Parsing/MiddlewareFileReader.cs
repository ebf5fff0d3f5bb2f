using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads <c>middleware.cs</c>: the static class with a <c>Middleware(NextRequest[, NextFetchEvent])</c> method and its
/// <c>Config</c> matcher, written with literals so it can be validated and compiled here, at build time.
/// </summary>
internal static class MiddlewareFileReader
{
    // The method as declared, modifiers and return type included: "public static string AppMiddleware.Middleware(NextRequest request)".
    private static readonly SymbolDisplayFormat Signature = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers |
                       SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters |
                       SymbolDisplayMemberOptions.IncludeContainingType,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
                          SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static bool IsCandidate(string path) =>
        path.Replace('\\', '/').EndsWith("/middleware.cs") || path == "middleware.cs";

    public static MiddlewareFileModel Read(CompilationUnitSyntax unit, SemanticModel model)
    {
        var path = unit.SyntaxTree.FilePath;
        var diagnostics = new List<DiagnosticInfo>();
        var type = unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .Select(c => model.GetDeclaredSymbol(c))
            .OfType<INamedTypeSymbol>()
            .FirstOrDefault(t => t.IsStatic && t.GetMembers("Middleware").OfType<IMethodSymbol>().Any());
        if (type is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidMiddleware, SourceLocation.From(unit.GetLocation()),
                System.IO.Path.GetFileName(path), "no static class with a 'Middleware' method"));
            return new MiddlewareFileModel(path, null, diagnostics.ToEquatableArray());
        }

        var method = type.GetMembers("Middleware").OfType<IMethodSymbol>().First();
        var location = SourceLocation.From(method.Locations[0]);
        var returnsNothing = method.ReturnsVoid || TypeNames.FullName(method.ReturnType) is WellKnownTypes.Task or WellKnownTypes.ValueTask;
        var returnShape = returnsNothing
            ? (Supported: true, IsAsync: !method.ReturnsVoid)
            : HandlerSignature.Return(method.ReturnType, model.Compilation, WellKnownTypes.NextResponse);
        var parameters = method.Parameters.Select(p => TypeNames.FullName(p.Type)).ToArray();
        var takesRequest = parameters.Length >= 1 && parameters[0] == WellKnownTypes.NextRequest;
        var takesFetchEvent = takesRequest && parameters.Length == 2 && parameters[1] == WellKnownTypes.NextFetchEvent;
        if (!method.IsStatic || !returnShape.Supported || !(takesFetchEvent || takesRequest && parameters.Length == 1))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidMiddleware, location,
                System.IO.Path.GetFileName(path), $"'{method.ToDisplayString(Signature)}'"));

        var matchers = MatcherSyntaxReader.Read(type, model, diagnostics, out var matchesEverything);
        var middleware = diagnostics.Count > 0
            ? null
            : new MiddlewareModel("", type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), returnShape.IsAsync, returnsNothing,
                takesFetchEvent, matchers.ToEquatableArray(), matchesEverything, location);
        return new MiddlewareFileModel(path, middleware, diagnostics.ToEquatableArray());
    }

    /// <summary>Picks the project's middleware (root or <c>src/</c>), reporting a second one (NXF011).</summary>
    public static MiddlewareModel? Select(ImmutableArray<MiddlewareFileModel> files, string projectDirectory, List<DiagnosticInfo> diagnostics)
    {
        var own = files
            .Select(f => (File: f, Relative: AppModelBuilder.Relative(f.FilePath, projectDirectory)))
            .Where(f => f.Relative is "middleware.cs" or "src/middleware.cs")
            .OrderBy(f => f.Relative, System.StringComparer.Ordinal)
            .ToList();
        if (own.Count == 0) return null;
        foreach (var extra in own.Skip(1))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.DuplicateMiddleware,
                extra.File.Middleware?.Location ?? new SourceLocation(extra.File.FilePath, default, default),
                extra.Relative, own[0].Relative));
        diagnostics.AddRange(own[0].File.Diagnostics);
        return own[0].File.Middleware is { } m ? m with { RelativePath = own[0].Relative } : null;
    }
}
