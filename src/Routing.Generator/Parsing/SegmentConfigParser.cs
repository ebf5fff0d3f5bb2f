using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads the segment config constants (<c>Dynamic</c>, <c>Revalidate</c>, <c>DynamicParams</c>,
/// <c>MaxDuration</c>, <c>AuthLevel</c>) of a route class and reports values Next.js would reject (NXF007).
/// </summary>
internal static class SegmentConfigParser
{
    public sealed record Values(string Dynamic, int? Revalidate, bool DynamicParams, string AuthLevel, int? MaxDuration);

    public static Values Parse(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var dynamic = "auto";
        int? revalidate = null;
        var dynamicParams = true;
        var authLevel = "anonymous";
        int? maxDuration = null;

        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.Name is not ("Dynamic" or "Revalidate" or "DynamicParams" or "AuthLevel" or "MaxDuration")) continue;
            var location = SourceLocation.From(field.Locations[0]);
            if (!field.IsConst)
            {
                diagnostics.Add(Invalid(location, field.Name, type.Name, "it is not a constant", "a 'public const' field, so it is known at build time"));
                continue;
            }
            var value = field.ConstantValue;
            switch (field.Name)
            {
                case "Dynamic":
                    if (value is string d && SegmentConfig.DynamicValues.ContainsKey(d)) dynamic = d;
                    else diagnostics.Add(Invalid(location, field.Name, type.Name, Value(value), "one of \"auto\", \"force-dynamic\", \"force-static\", \"error\""));
                    break;
                case "Revalidate":
                    if (value is int seconds && seconds >= 0) revalidate = seconds;
                    else if (value is false) revalidate = null;
                    else diagnostics.Add(Invalid(location, field.Name, type.Name, Value(value), "false, 0 (never cache) or a positive number of seconds (const int)"));
                    break;
                case "DynamicParams":
                    if (value is bool b) dynamicParams = b;
                    else diagnostics.Add(Invalid(location, field.Name, type.Name, Value(value), "true or false (const bool)"));
                    break;
                case "MaxDuration":
                    if (value is int max && max > 0) maxDuration = max;
                    else diagnostics.Add(Invalid(location, field.Name, type.Name, Value(value), "a positive number of seconds (const int)"));
                    break;
                case "AuthLevel":
                    if (value is string a && SegmentConfig.AuthLevels.Contains(a)) authLevel = a;
                    else diagnostics.Add(Invalid(location, field.Name, type.Name, Value(value), "\"anonymous\", \"function\" or \"admin\""));
                    break;
            }
        }
        return new Values(dynamic, revalidate, dynamicParams, authLevel, maxDuration);
    }

    // One format for every field; the reason is the value found (or that the field is no constant), the fix the values allowed.
    private static DiagnosticInfo Invalid(SourceLocation location, string field, string type, string reason, string allowed) =>
        DiagnosticInfo.Create(DiagnosticIds.InvalidSegmentConfig, location, field, type, reason, allowed);

    private static string Value(object? value) => "the value is " + Show(value);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
