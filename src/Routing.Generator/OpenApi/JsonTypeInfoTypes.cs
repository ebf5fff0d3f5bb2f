using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>
/// The type behind a source-generated <c>JsonTypeInfo</c> expression such as <c>SampleJson.Default.User</c>.
/// Generators do not see each other's output, so <c>Default</c> and <c>User</c> do not bind here; the context
/// class does, and its <c>[JsonSerializable(typeof(T))]</c> attributes name the types, whose property names
/// System.Text.Json derives the way <see cref="PropertyName"/> does (or <c>TypeInfoPropertyName</c> sets).
/// </summary>
internal static class JsonTypeInfoTypes
{
    public static ITypeSymbol? Resolve(ExpressionSyntax expression, SemanticModel model)
    {
        if (model.GetTypeInfo(expression).Type is INamedTypeSymbol { Name: "JsonTypeInfo", IsGenericType: true } bound)
            return bound.TypeArguments[0];
        if (expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var property } access) return null;

        var context = access.Expression;
        while (context is MemberAccessExpressionSyntax inner && model.GetSymbolInfo(context).Symbol is not INamedTypeSymbol)
            context = inner.Expression;
        if (model.GetSymbolInfo(context).Symbol is not INamedTypeSymbol contextType) return null;

        foreach (var attribute in contextType.GetAttributes().Where(a => a.AttributeClass?.Name == "JsonSerializableAttribute"))
        {
            if (attribute.ConstructorArguments.FirstOrDefault().Value is not ITypeSymbol type) continue;
            var name = attribute.NamedArguments.FirstOrDefault(a => a.Key == "TypeInfoPropertyName").Value.Value as string ?? PropertyName(type);
            if (name == property) return type;
        }
        return null;
    }

    // List<User> -> ListUser, string[] -> StringArray, int? -> NullableInt32, User -> User.
    private static string PropertyName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => PropertyName(array.ElementType) + "Array",
        INamedTypeSymbol { IsGenericType: true } generic => generic.Name + string.Concat(generic.TypeArguments.Select(PropertyName)),
        _ => type.Name,
    };
}
