using System.Collections.Generic;
using System.Linq;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Resolves each handler parameter against the route's folder names: a parameter named after a dynamic
/// segment takes its value (typed ones become route constraints), other parameters are services. Problems
/// are NXF015 (a route value that cannot bind) or NXF005 (nothing can supply the parameter).
/// </summary>
internal static class RouteParameterBinder
{
    private const string Params = "i.Context.Params";

    /// <summary>The handlers with their arguments and the route's constraints; null when a parameter cannot bind.</summary>
    public static (List<HandlerModel> Handlers, List<ConstraintModel> Constraints)? Bind(
        RouteClassModel route, RoutePattern pattern, List<DiagnosticInfo> diagnostics)
    {
        var ok = true;
        var handlers = new List<HandlerModel>();
        var typed = new Dictionary<string, (ParameterModel Parameter, string Method)>();
        var constraints = new List<ConstraintModel>();
        foreach (var handler in route.Handlers)
        {
            var arguments = new List<string>();
            var services = new List<string>();
            foreach (var parameter in handler.Parameters)
            {
                var argument = Argument(route, handler, parameter, pattern, diagnostics);
                if (argument is not null && parameter.ServiceType is { } service && argument.StartsWith("i.GetService<", System.StringComparison.Ordinal))
                    services.Add(service);
                ok &= argument is not null;
                arguments.Add(argument ?? "default!");
                if (argument is null || parameter.Binding is not null || Segment(pattern, parameter.Name) is not { Kind: SegmentKind.Dynamic }) continue;

                if (typed.TryGetValue(parameter.Name, out var first))
                {
                    if (first.Parameter.RouteValue.TypeName == parameter.RouteValue.TypeName) continue;
                    ok = false;
                    diagnostics.Add(Invalid(route, handler, parameter, pattern,
                        $"{Name(route)}.{first.Method} takes [{parameter.Name}] as '{first.Parameter.TypeDisplay}'; a typed segment decides which URLs the route file matches, so use one type in every verb"));
                    continue;
                }
                typed[parameter.Name] = (parameter, handler.MethodName);
                if (Accepts(parameter.RouteValue) is { } accepts)
                    constraints.Add(new ConstraintModel(parameter.Name, parameter.TypeDisplay, parameter.RouteValue.AzureConstraint, accepts, parameter.RouteValue.Schema));
            }
            handlers.Add(handler with { Arguments = arguments.ToEquatableArray(), Services = services.Distinct().ToEquatableArray() });
        }
        return ok ? (handlers, constraints) : null;
    }

    private static string? Argument(RouteClassModel route, HandlerModel handler, ParameterModel parameter, RoutePattern pattern, List<DiagnosticInfo> diagnostics)
    {
        if (parameter.Binding is not null) return parameter.Binding;
        var value = parameter.RouteValue;
        // CS0246 already names the type and the missing using; a second error saying we cannot supply it would mislead.
        if (value.Kind == RouteValueKind.Unresolved) return null;
        if (Segment(pattern, parameter.Name) is { } segment)
        {
            var name = CodeLiteral(parameter.Name);
            var argument = (segment.Kind, value.Kind) switch
            {
                (SegmentKind.Dynamic, RouteValueKind.String) => $"{Params}[{name}]",
                (SegmentKind.Dynamic, RouteValueKind.Parsable) => $"Generated.RouteParamValue.Parse<{value.TypeName}>({Params}[{name}])",
                (SegmentKind.Dynamic, RouteValueKind.Enum) => $"Generated.RouteParamValue.ParseEnum<{value.TypeName}>({Params}[{name}])",
                (SegmentKind.CatchAll, RouteValueKind.Segments) => $"Generated.RouteParamValue.Segments({Params}, {name})",
                (SegmentKind.OptionalCatchAll, RouteValueKind.OptionalSegments) => $"Generated.RouteParamValue.OptionalSegments({Params}, {name})",
                _ => null,
            };
            if (argument is null)
                diagnostics.Add(Invalid(route, handler, parameter, pattern,
                    $"it is named after the segment {segment}, but its type cannot bind from it; take {Wanted(segment.Kind)}"));
            return argument;
        }
        if (parameter.ServiceType is { } service) return $"i.GetService<{service}>()";

        if (value.Kind != RouteValueKind.Unsupported)
        {
            var names = pattern.Segments.Where(s => s.Kind != SegmentKind.Static).Select(s => s.ToString()).ToList();
            var has = names.Count == 0 ? "has no dynamic segments" : "has the segments " + string.Join(", ", names);
            diagnostics.Add(Invalid(route, handler, parameter, pattern,
                $"the type is a route value, but no segment is named '{parameter.Name}' (the route {has}); name the parameter after a segment, or read other values from the request (request.NextUrl.SearchParams for the query)"));
        }
        else
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnsupportedParameter, Where(route, parameter), $"{Name(route)}.{handler.MethodName}",
                $"parameter '{parameter.Name}' has type '{parameter.TypeDisplay}'", $"supported: {HandlerSignature.SupportedParameters}"));
        }
        return null;
    }

    // NXF015 has one format (parameter, method, type, route); the reason says which rule the parameter breaks.
    private static DiagnosticInfo Invalid(RouteClassModel route, HandlerModel handler, ParameterModel parameter, RoutePattern pattern, string reason) =>
        DiagnosticInfo.Create(DiagnosticIds.InvalidRouteParameter, Where(route, parameter),
            parameter.Name, $"{Name(route)}.{handler.MethodName}", parameter.TypeDisplay, pattern.Text, reason);

    // Only parameters the adapter supplies have no location, and those always bind; the class is a safe fallback.
    private static SourceLocation Where(RouteClassModel route, ParameterModel parameter) => parameter.Location ?? route.Location;

    private static string? Accepts(RouteValueModel value) => value.Kind switch
    {
        RouteValueKind.Parsable => $"static v => Generated.RouteParamValue.IsValid<{value.TypeName}>(v)",
        RouteValueKind.Enum => $"static v => Generated.RouteParamValue.IsValidEnum<{value.TypeName}>(v)",
        _ => null, // string takes any value: nothing to check
    };

    private static string Wanted(SegmentKind kind) => kind switch
    {
        SegmentKind.Dynamic => "string, an enum, or a type implementing IParsable<T> such as int, long, Guid or DateOnly (not nullable: the segment is always there)",
        SegmentKind.CatchAll => "string[] (the segments, at least one)",
        _ => "string[]? (null when the URL has no segments there)",
    };

    private static RouteSegment? Segment(RoutePattern pattern, string name) =>
        pattern.Segments.Where(s => s.Kind != SegmentKind.Static && s.Value == name).Select(s => (RouteSegment?)s).FirstOrDefault();

    private static string Name(RouteClassModel route) => route.ClassName.Substring(route.ClassName.LastIndexOf('.') + 1);

    private static string CodeLiteral(string value) => Literals.Quote(value);
}
