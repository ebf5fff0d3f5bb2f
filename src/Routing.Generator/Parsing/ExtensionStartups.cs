using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Finds the packages that extend Nextfunc among the app's references: each declares
/// <c>[assembly: NextfuncExtension(typeof(Startup))]</c>, and the manifest calls <c>Startup.Configure(services)</c> at start-up.
/// </summary>
internal static class ExtensionStartups
{
    private const string AttributeName = "Nextfunc.Routing.Generated.NextfuncExtensionAttribute";

    /// <summary>The start-up types, fully qualified with <c>global::</c>, ordered by name so the output is stable.</summary>
    public static EquatableArray<string> Read(Compilation compilation) =>
        compilation.SourceModule.ReferencedAssemblySymbols
            .SelectMany(assembly => assembly.GetAttributes())
            .Where(a => a.AttributeClass?.ToDisplayString() == AttributeName && a.ConstructorArguments.Length == 1)
            .Select(a => a.ConstructorArguments[0].Value)
            .OfType<INamedTypeSymbol>()
            .Select(t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .Distinct()
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToEquatableArray();
}
