using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Generator.OpenApi;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// How a parameter type converts from a URL segment: <c>string</c>, any <c>IParsable&lt;T&gt;</c> (parsed with the
/// invariant culture), an enum by member name, <c>string[]</c> for a catch-all, <c>string[]?</c> for an optional one.
/// </summary>
internal static class RouteValueTypes
{
    public static RouteValueModel Classify(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (type.TypeKind == TypeKind.Error)
            return new RouteValueModel(RouteValueKind.Unresolved, typeName, null, "{}");
        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String })
        {
            var optional = parameter.NullableAnnotation == NullableAnnotation.Annotated;
            return new RouteValueModel(optional ? RouteValueKind.OptionalSegments : RouteValueKind.Segments, "string[]", null,
                "{\"type\":\"string\"}");
        }
        if (type.SpecialType == SpecialType.System_String)
            return new RouteValueModel(RouteValueKind.String, "string", null, "{\"type\":\"string\"}");
        if (type.TypeKind == TypeKind.Enum)
            return new RouteValueModel(RouteValueKind.Enum, typeName, null, PrimitiveSchemas.EnumNames(type));
        if (IsSelfParsable(type))
            return new RouteValueModel(RouteValueKind.Parsable, typeName, AzureConstraint(type), PrimitiveSchemas.Of(type) ?? "{\"type\":\"string\"}");
        return new RouteValueModel(RouteValueKind.Unsupported, typeName, null, "{}");
    }

    // Nullable<T> is not IParsable<Nullable<T>>, so "int?" for an always-present [id] lands in Unsupported.
    private static bool IsSelfParsable(ITypeSymbol type) =>
        type.AllInterfaces.Any(i => i.IsGenericType && TypeNames.FullName(i.ConstructedFrom) == "System.IParsable`1"
                                    && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    // Only where the host's constraint accepts the same values as the app's parse; the app decides anyway.
    private static string? AzureConstraint(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Int32 => "int",
        SpecialType.System_Int64 => "long",
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Double => "double",
        SpecialType.System_Decimal => "decimal",
        _ => type.ToDisplayString() == "System.Guid" ? "guid" : null,
    };
}
