using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>
/// JSON Schemas of request and response types, from their symbols: primitives by System.Text.Json's mapping,
/// collections as arrays, dictionaries as objects, other types as <c>components/schemas</c> entries named by
/// full type name with their public readable properties. Property names are camelCase (the web defaults ASP.NET
/// Core results and <c>JsonSerializerDefaults.Web</c> use) unless <c>[JsonPropertyName]</c> says otherwise.
/// </summary>
internal sealed class SchemaBuilder
{
    private const int MaxDepth = 16;
    private readonly Dictionary<string, string?> _components = new();

    /// <summary>The component schemas referenced so far, in first-use order.</summary>
    public IEnumerable<SchemaComponentModel> Components =>
        _components.Where(c => c.Value is not null).Select(c => new SchemaComponentModel(c.Key, c.Value!));

    /// <summary>The schema of <paramref name="type"/> as JSON; <paramref name="nullable"/> adds <c>null</c>.</summary>
    public string Of(ITypeSymbol type, bool nullable = false, int depth = 0)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
            return Of(n.TypeArguments[0], true, depth);
        nullable |= type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType;
        var schema = NonNull(type, depth);
        return nullable && schema != "{}" ? OrNull(schema) : schema;
    }

    // {"type":"string",...} becomes {"type":["string","null"],...}; a $ref or an enum gets anyOf with null.
    private static string OrNull(string schema)
    {
        const string prefix = "{\"type\":\"";
        if (!schema.StartsWith(prefix) || schema.Contains("\"enum\"")) return "{\"anyOf\":[" + schema + ",{\"type\":\"null\"}]}";
        var end = schema.IndexOf('"', prefix.Length);
        return "{\"type\":[\"" + schema.Substring(prefix.Length, end - prefix.Length) + "\",\"null\"]" + schema.Substring(end + 1);
    }

    private string NonNull(ITypeSymbol type, int depth)
    {
        if (PrimitiveSchemas.Of(type) is { } primitive) return primitive;
        if (type.TypeKind == TypeKind.Enum) return EnumSchema(type);
        if (depth > MaxDepth || type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.Dynamic or TypeKind.TypeParameter
            || type.ContainingNamespace?.ToDisplayString() is "System.Text.Json" or "System.Text.Json.Nodes")
            return "{}"; // any JSON value
        if (type is IArrayTypeSymbol array)
            return array.ElementType.SpecialType == SpecialType.System_Byte
                ? "{\"type\":\"string\",\"contentEncoding\":\"base64\"}"
                : "{\"type\":\"array\",\"items\":" + Of(array.ElementType, depth: depth + 1) + "}";
        if (Dictionary(type) is { } values)
            return "{\"type\":\"object\",\"additionalProperties\":" + Of(values, depth: depth + 1) + "}";
        if (Enumerable(type) is { } items)
            return "{\"type\":\"array\",\"items\":" + Of(items, depth: depth + 1) + "}";
        return Reference(type, depth);
    }

    private string Reference(ITypeSymbol type, int depth)
    {
        var name = ComponentName(type);
        if (!_components.ContainsKey(name))
        {
            _components[name] = null; // placed first, so a type that refers to itself ends here
            var properties = type.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public
                            && p.GetMethod is { DeclaredAccessibility: Accessibility.Public }
                            && !p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute"))
                .ToList();
            var schemas = properties.Select(p => JsonText.Quote(JsonName(p)) + ":" + Of(p.Type, depth: depth + 1));
            var required = properties.Where(Required).Select(p => JsonText.Quote(JsonName(p))).ToList();
            _components[name] = "{\"type\":\"object\",\"properties\":{" + string.Join(",", schemas) + "}" +
                                (required.Count == 0 ? "" : ",\"required\":[" + string.Join(",", required) + "]") + "}";
        }
        return "{\"$ref\":\"#/components/schemas/" + name + "\"}";
    }

    // Always present: a `required` or [JsonRequired] member, a value type that is not Nullable<T>, or a reference type the
    // nullable context says is never null. A reference type outside a nullable context (oblivious) may be null: not required.
    private static bool Required(IPropertySymbol property) =>
        property.IsRequired
        || property.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonRequiredAttribute")
        || property.Type.IsValueType && property.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
        || property.Type.IsReferenceType && property.NullableAnnotation == NullableAnnotation.NotAnnotated;

    // System.Text.Json writes enums as numbers unless a JsonStringEnumConverter is on the type.
    private static string EnumSchema(ITypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonConverterAttribute"
                                      && a.ConstructorArguments.FirstOrDefault().Value is ITypeSymbol converter
                                      && converter.Name.StartsWith("JsonStringEnumConverter"))
            ? PrimitiveSchemas.EnumNames(type)
            : "{\"type\":\"integer\"}";

    private static string JsonName(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute");
        if (attribute?.ConstructorArguments.FirstOrDefault().Value is string explicitName) return explicitName;
        var name = property.Name;
        return name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;
    }

    // Full names keep two types called User in different namespaces apart; generics read as ListOfUser.
    private static string ComponentName(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return type is INamedTypeSymbol { IsGenericType: true } generic
            ? ns + generic.Name + "Of" + string.Join("And", generic.TypeArguments.Select(a => ComponentName(a).Split('.').Last()))
            : ns + type.Name;
    }

    private static ITypeSymbol? Dictionary(ITypeSymbol type) =>
        Implemented(type, "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2")
            is { } d && d.TypeArguments[0].SpecialType == SpecialType.System_String ? d.TypeArguments[1] : null;

    private static ITypeSymbol? Enumerable(ITypeSymbol type) =>
        Implemented(type, "System.Collections.Generic.IEnumerable`1")?.TypeArguments[0];

    private static INamedTypeSymbol? Implemented(ITypeSymbol type, params string[] definitions) =>
        (type is INamedTypeSymbol self ? new[] { self } : new INamedTypeSymbol[0]).Concat(type.AllInterfaces)
            .FirstOrDefault(i => i.IsGenericType && definitions.Contains(TypeNames.FullName(i.ConstructedFrom)));
}
