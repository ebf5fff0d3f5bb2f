using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nextfunc.Architecture.Tests;

/// <summary>
/// An app gets the SDK's implicit usings and the ones build/Nextfunc.props adds (Microsoft.AspNetCore.Http among them):
/// a public Nextfunc type named like a type of another of those namespaces is CS0104 ("ambiguous reference") the first
/// time an app names it, as CookieOptions once was. Read from the props file the package ships, against the real assemblies.
/// </summary>
[Trait("Category", "InProcess")]
public sealed partial class ImplicitUsingClashTests
{
    // Microsoft.NET.Sdk's ImplicitUsings=enable, which the template turns on.
    private static readonly string[] SdkUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    [Fact]
    public void ImplicitUsings_NoNextfuncTypeSharesANameWithAnotherImportedNamespace()
    {
        // Arrange
        var props = File.ReadAllText(Path.Combine(Repository.Root, "src", "FunctionsHost", "build", "Nextfunc.props"));
        var usings = SdkUsings.Concat(UsingItem().Matches(props).Select(m => m.Groups[1].Value).Where(u => !u.Contains('$', StringComparison.Ordinal))).ToList();
        var compilation = CSharpCompilation.Create("clashes", references: ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(Path.GetFileName)
            .Select(p => MetadataReference.CreateFromFile(p)));

        // Act
        var types = usings.SelectMany(ns => PublicTypes(compilation, ns).Select(t => (Namespace: ns, Name: $"{t.Name}`{t.Arity}"))).ToList();
        var clashes = types.GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1 && g.Any(t => t.Namespace.StartsWith("Nextfunc", StringComparison.Ordinal)))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Namespace).Distinct())}")
            .ToList();

        // Assert
        Assert.Contains(types, t => t.Namespace == "Nextfunc.Routing.Http" && t.Name == "NextResponse`0");
        Assert.Contains(types, t => t.Namespace == "Microsoft.AspNetCore.Http" && t.Name == "CookieOptions`0");
        Assert.True(clashes.Count == 0, "Ambiguous in an app (CS0104): " + string.Join("; ", clashes));
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(Compilation compilation, string ns)
    {
        var symbol = ns.Split('.').Aggregate((INamespaceSymbol?)compilation.GlobalNamespace, (parent, part) => parent?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part));
        return symbol?.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public) ?? [];
    }

    [GeneratedRegex(@"<Using Include=""([^""]+)""")]
    private static partial Regex UsingItem();
}
