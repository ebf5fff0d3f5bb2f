using Microsoft.CodeAnalysis;

namespace Nextfunc.Routing.Generator.CSharp;

/// <summary>How the generator names a type it compares with <see cref="WellKnownTypes"/>: namespace and metadata name.</summary>
internal static class TypeNames
{
    /// <summary><c>System.Threading.Tasks.Task`1</c> for <c>Task&lt;IResult&gt;</c>; the metadata name keeps generic arity apart.</summary>
    public static string FullName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + type.MetadataName
            : type.MetadataName;
}
