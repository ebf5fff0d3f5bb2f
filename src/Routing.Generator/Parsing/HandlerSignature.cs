using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.CSharp;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Decides how each parameter of a verb method is supplied and whether its return type is
/// supported. The rules are listed in the NXF005 and NXF006 docs; keep them in step.
/// </summary>
internal static class HandlerSignature
{
    public const string SupportedParameters =
        "NextRequest, RouteContext, RouteParams, HttpContext, HttpRequest, CancellationToken, a service registered in dependency injection (a class or interface type such as ILogger<T>), or a typed route value named after a dynamic segment (int id for [id])";

    public const string SupportedReturns =
        "IResult (NextResponse, Results.*), Task<IResult> or ValueTask<IResult> (or of any type implementing IResult)";

    /// <summary>The expression for a parameter type the adapter supplies itself, or null.</summary>
    public static string? Bind(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None) return null;
        return TypeNames.FullName(parameter.Type) switch
        {
            WellKnownTypes.NextRequest => "i.Request",
            WellKnownTypes.RouteContext => "i.Context",
            WellKnownTypes.RouteParams => "i.Context.Params",
            WellKnownTypes.HttpContext => "i.HttpContext",
            WellKnownTypes.HttpRequest => "i.HttpContext.Request",
            WellKnownTypes.CancellationToken => "i.Aborted",
            _ => null,
        };
    }

    /// <summary>The type, fully qualified, of a class or interface parameter that dependency injection would supply, or null.</summary>
    public static string? ServiceType(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        var isService = parameter.RefKind == RefKind.None
                        && type.TypeKind is TypeKind.Interface or TypeKind.Class
                        && type.SpecialType != SpecialType.System_String
                        && type.SpecialType != SpecialType.System_Object;
        return isService ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null;
    }

    /// <summary>Classifies a return type: supported, and awaited (Task/ValueTask of a result).</summary>
    public static (bool Supported, bool IsAsync) Return(ITypeSymbol type, Compilation compilation, string? expected = null)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            var definition = TypeNames.FullName(named.ConstructedFrom);
            if (definition is WellKnownTypes.Task1 or WellKnownTypes.ValueTask1)
                return (IsResult(named.TypeArguments[0], compilation, expected), true);
        }
        return (IsResult(type, compilation, expected), false);
    }

    private static bool IsResult(ITypeSymbol type, Compilation compilation, string? expected)
    {
        // An unresolved return type is the compiler's error (CS0246), not an unsupported one: no second error for it.
        if (type.TypeKind == TypeKind.Error) return true;
        if (expected is not null)
            return Matches(type, expected);
        var result = compilation.GetTypeByMetadataName(WellKnownTypes.IResult);
        if (result is null) return false;
        return SymbolEqualityComparer.Default.Equals(type, result) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, result));
    }

    private static bool Matches(ITypeSymbol type, string expected)
    {
        // expected is a data type such as SitemapEntry (then IEnumerable<SitemapEntry> or a list of it) or RobotsFile.
        if (TypeNames.FullName(type) == expected) return true;
        var elements = type.AllInterfaces.Concat(type is INamedTypeSymbol n ? new[] { n } : new INamedTypeSymbol[0])
            .Where(i => i.IsGenericType && i.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return elements.Any(i => TypeNames.FullName(i.TypeArguments[0]) == expected);
    }

}
