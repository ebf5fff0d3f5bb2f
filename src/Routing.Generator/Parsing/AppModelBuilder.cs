using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>Joins the per-file models into the app: conventions, precedence order, table-wide checks.</summary>
internal static class AppModelBuilder
{
    public static AppModel Build(ImmutableArray<RouteFileModel> files, ImmutableArray<MiddlewareFileModel> middlewares,
        ImmutableArray<NextConfigFileModel> configs, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var routes = new List<(RouteClassModel Model, RoutePattern Pattern, RouteFile File, string Relative, List<HandlerModel> Handlers, List<ConstraintModel> Constraints)>();
        foreach (var file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
        {
            var relative = Relative(file.FilePath, options.ProjectDirectory);
            if (!relative.StartsWith("app/")) continue; // an app/ folder that is not the project's own
            diagnostics.AddRange(file.Diagnostics);
            if (file.Class is null) continue;
            var convention = RouteFileConvention.Parse(relative.Substring(4));
            if (convention is null) continue; // private folder: not routable, by design
            diagnostics.AddRange(file.Class.Diagnostics);
            foreach (var error in convention.Errors)
                diagnostics.Add(DiagnosticInfo.Create(error.Id, file.Class.Location, relative, error.Message));
            if (convention.Errors.Count > 0 || file.Class.Diagnostics.Count > 0) continue;
            if (file.Class.Handlers.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoVerbExported, file.Class.Location, relative, "HTTP verb",
                    "a 'public static' method named GET, HEAD, OPTIONS, POST, PUT, PATCH or DELETE", file.Class.ClassName.Replace("global::", "")));
                continue;
            }
            if (RouteParameterBinder.Bind(file.Class, convention.Pattern, diagnostics) is not { } bound) continue;
            routes.Add((file.Class, convention.Pattern, convention, relative, bound.Handlers, bound.Constraints));
        }

        diagnostics.AddRange(RouteTableValidator.Validate(routes.Select(r => (r.Model, r.Pattern)).ToList()));

        var ordered = routes
            .OrderBy(r => r.Pattern.FunctionBaseName, StringComparer.OrdinalIgnoreCase)
            .Select(r => new RouteModel(
                r.Relative,
                r.Pattern.Text,
                r.File.Kind.ToString(),
                r.Pattern.Segments.Select(s => new SegmentModel(s.Kind.ToString(), s.Value)).ToEquatableArray(),
                r.Pattern.FunctionBaseName,
                r.Model,
                r.Handlers.ToEquatableArray(),
                r.Constraints.ToEquatableArray()))
            .ToEquatableArray();

        var middleware = MiddlewareFileReader.Select(middlewares, options.ProjectDirectory, diagnostics);
        var config = NextConfigFileReader.Select(configs, options.ProjectDirectory, diagnostics);
        return new AppModel(Identifier(options.RootNamespace), options.EmitEntryPoint, ordered, middleware, diagnostics.ToEquatableArray()) { Config = config };
    }

    public static string Relative(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        return projectDirectory.Length > 0 && normalized.StartsWith(projectDirectory, StringComparison.Ordinal)
            ? normalized.Substring(projectDirectory.Length)
            : normalized.Substring(Math.Max(0, normalized.LastIndexOf("/app/") + 1));
    }

    private static string Identifier(string ns) =>
        string.Join(".", ns.Split('.').Select(p => p.Length > 0 && (char.IsLetter(p[0]) || p[0] == '_') ? p : "_" + p));
}
