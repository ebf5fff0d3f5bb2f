using System.Linq;
using Microsoft.CodeAnalysis;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>The JSON Schema of the types System.Text.Json writes as a JSON primitive, or null for other types.</summary>
internal static class PrimitiveSchemas
{
    public static string? Of(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Char: return "{\"type\":\"string\"}";
            case SpecialType.System_Boolean: return "{\"type\":\"boolean\"}";
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32: return "{\"type\":\"integer\",\"format\":\"int32\"}";
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64: return "{\"type\":\"integer\",\"format\":\"int64\"}";
            case SpecialType.System_Single: return "{\"type\":\"number\",\"format\":\"float\"}";
            case SpecialType.System_Double: return "{\"type\":\"number\",\"format\":\"double\"}";
            case SpecialType.System_Decimal: return "{\"type\":\"number\"}";
            case SpecialType.System_DateTime: return "{\"type\":\"string\",\"format\":\"date-time\"}";
        }
        return type.ToDisplayString() switch
        {
            "System.Guid" => "{\"type\":\"string\",\"format\":\"uuid\"}",
            "System.DateTimeOffset" => "{\"type\":\"string\",\"format\":\"date-time\"}",
            "System.DateOnly" => "{\"type\":\"string\",\"format\":\"date\"}",
            "System.TimeOnly" => "{\"type\":\"string\",\"format\":\"time\"}",
            "System.TimeSpan" => "{\"type\":\"string\",\"format\":\"duration\"}",
            "System.Uri" => "{\"type\":\"string\",\"format\":\"uri\"}",
            _ => null,
        };
    }

    /// <summary>An enum by member name, as a route segment names it.</summary>
    public static string EnumNames(ITypeSymbol type) =>
        "{\"type\":\"string\",\"enum\":[" + string.Join(",", type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue).Select(f => JsonText.Quote(f.Name))) + "]}";
}
