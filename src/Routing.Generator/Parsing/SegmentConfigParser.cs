using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads the segment config constants (<c>Dynamic</c>, <c>Revalidate</c>, <c>DynamicParams</c>,
/// <c>AuthLevel</c>) of a route class and reports values Next.js would reject (NXF007).
/// </summary>
internal static class SegmentConfigParser
{
    public sealed record Values(string Dynamic, int? Revalidate, bool DynamicParams, string AuthLevel);

    public static Values Parse(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var dynamic = "auto";
        int? revalidate = null;
        var dynamicParams = true;
        var authLevel = "anonymous";

        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.Name is not ("Dynamic" or "Revalidate" or "DynamicParams" or "AuthLevel")) continue;
            var location = SourceLocation.From(field.Locations[0]);
            if (!field.IsConst)
            {
                diagnostics.Add(Invalid(location, $"segment config '{field.Name}' in {type.Name} must be a 'public const' so it is known at build time"));
                continue;
            }
            var value = field.ConstantValue;
            switch (field.Name)
            {
                case "Dynamic":
                    if (value is string d && SegmentConfig.DynamicValues.ContainsKey(d)) dynamic = d;
                    else diagnostics.Add(Invalid(location, $"Dynamic = {Show(value)} in {type.Name} is not a valid value; use one of \"auto\", \"force-dynamic\", \"force-static\", \"error\""));
                    break;
                case "Revalidate":
                    if (value is int seconds && seconds >= 0) revalidate = seconds;
                    else if (value is false) revalidate = null;
                    else diagnostics.Add(Invalid(location, $"Revalidate = {Show(value)} in {type.Name} is not valid; use false, 0 (never cache) or a positive number of seconds (const int)"));
                    break;
                case "DynamicParams":
                    if (value is bool b) dynamicParams = b;
                    else diagnostics.Add(Invalid(location, $"DynamicParams = {Show(value)} in {type.Name} is not valid; use true or false (const bool)"));
                    break;
                case "AuthLevel":
                    if (value is string a && SegmentConfig.AuthLevels.Contains(a)) authLevel = a;
                    else diagnostics.Add(Invalid(location, $"AuthLevel = {Show(value)} in {type.Name} is not valid; use \"anonymous\", \"function\" or \"admin\""));
                    break;
            }
        }
        return new Values(dynamic, revalidate, dynamicParams, authLevel);
    }

    private static DiagnosticInfo Invalid(SourceLocation location, string message) =>
        new(DiagnosticIds.InvalidSegmentConfig, location, message);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
