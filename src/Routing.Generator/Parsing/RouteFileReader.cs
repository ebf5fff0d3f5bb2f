using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>Reads one <c>route.cs</c> / <c>sitemap.cs</c> / <c>robots.cs</c> compilation unit.</summary>
internal static class RouteFileReader
{
    public static bool IsCandidate(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.IndexOf("/app/") < 0) return false;
        var name = normalized.Substring(normalized.LastIndexOf('/') + 1);
        return name is "route.cs" or "sitemap.cs" or "robots.cs";
    }

    public static RouteFileModel Read(CompilationUnitSyntax unit, SemanticModel model)
    {
        var path = unit.SyntaxTree.FilePath;
        var classes = unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword))
            .ToList();

        if (classes.Count != 1)
        {
            var where = classes.Count == 0 ? unit.GetLocation() : classes[1].Identifier.GetLocation();
            var diagnostic = DiagnosticInfo.Create(DiagnosticIds.NoRouteClass, SourceLocation.From(where),
                AppModelBuilder.Relative(path, ""), classes.Count.ToString(CultureInfo.InvariantCulture));
            return new RouteFileModel(path, null, new[] { diagnostic }.ToEquatableArray());
        }

        var parsed = RouteFileParser.Parse(classes[0], model);
        return new RouteFileModel(path, parsed, new DiagnosticInfo[0].ToEquatableArray());
    }
}
