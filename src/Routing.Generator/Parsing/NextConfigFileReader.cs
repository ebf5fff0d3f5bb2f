using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Config;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads <c>next.config.cs</c>: a static class with <c>const</c> settings (<c>BasePath</c>, <c>TrailingSlash</c>, ...) and
/// <c>static readonly</c> rule lists (<c>Headers</c>, <c>Redirects</c>, <c>Rewrites</c>) written with literals, so each
/// rule is checked as <c>next build</c> checks it and compiled here. A rule Next.js would refuse is NXF016 at its line.
/// </summary>
internal static class NextConfigFileReader
{
    private static readonly int[] RedirectStatuses = [301, 302, 303, 307, 308];

    public static bool IsCandidate(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.EndsWith("/next.config.cs") || normalized == "next.config.cs";
    }

    public static NextConfigFileModel Read(CompilationUnitSyntax unit, SemanticModel model)
    {
        var path = unit.SyntaxTree.FilePath;
        var file = System.IO.Path.GetFileName(path);
        var diagnostics = new List<DiagnosticInfo>();
        var type = unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .Select(c => model.GetDeclaredSymbol(c))
            .OfType<INamedTypeSymbol>()
            .FirstOrDefault(t => t.IsStatic);
        if (type is null)
        {
            diagnostics.Add(Invalid(unit, file, "the file", "it declares no static class; write 'public static class NextConfig { ... }'"));
            return new NextConfigFileModel(path, null, diagnostics.ToEquatableArray());
        }

        var basePath = Constant<string>(type, "BasePath") ?? "";
        var trailingSlash = Constant<bool?>(type, "TrailingSlash") ?? false;
        if (basePath.Length > 0 && (basePath == "/" || !basePath.StartsWith("/") || basePath.EndsWith("/")))
            diagnostics.Add(Invalid(Field(type, "BasePath") ?? (SyntaxNode)unit, file, "BasePath '" + basePath + "'",
                basePath.StartsWith("/") ? "Specified basePath should not end with /: write '" + basePath.TrimEnd('/') + "'"
                    : "Specified basePath has to start with a /: write '/" + basePath + "'"));

        var rules = new List<ConfigRuleModel>();
        var settings = new Settings(basePath, trailingSlash, file, model, diagnostics, rules);
        if (Initializer(type, "Headers") is { } headers)
            foreach (var entry in MatcherSyntaxReader.Elements(headers)) Rule(settings, "header", entry);
        if (Initializer(type, "Redirects") is { } redirects)
            foreach (var entry in MatcherSyntaxReader.Elements(redirects)) Rule(settings, "redirect", entry);
        if (Initializer(type, "Rewrites") is { } rewrites)
        {
            if (rewrites is BaseObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 } } phases && phases.Initializer is { } init &&
                init.Expressions.OfType<AssignmentExpressionSyntax>().Any())
            {
                foreach (var phase in new[] { "BeforeFiles", "AfterFiles", "Fallback" })
                    if (Assigned(phases, phase) is { } list)
                        foreach (var entry in MatcherSyntaxReader.Elements(list)) Rule(settings, char.ToLowerInvariant(phase[0]) + phase.Substring(1), entry);
            }
            else
            {
                foreach (var entry in MatcherSyntaxReader.Elements(rewrites)) Rule(settings, "afterFiles", entry);
            }
        }
        // Next.js applies every phase in this order, whatever order the file lists them in.
        var order = new[] { "header", "redirect", "beforeFiles", "afterFiles", "fallback" };
        var config = diagnostics.Count > 0 ? null : new NextConfigModel("", basePath, trailingSlash,
            Constant<bool?>(type, "SkipTrailingSlashRedirect") ?? false, Constant<bool?>(type, "SkipMiddlewareUrlNormalize") ?? false,
            rules.OrderBy(r => System.Array.IndexOf(order, r.Kind)).ToEquatableArray());
        return new NextConfigFileModel(path, config, diagnostics.ToEquatableArray());
    }

    /// <summary>Picks the project's config (root or <c>src/</c>), reporting its problems and a second one.</summary>
    public static NextConfigModel? Select(ImmutableArray<NextConfigFileModel> files, string projectDirectory, List<DiagnosticInfo> diagnostics)
    {
        var own = files
            .Select(f => (File: f, Relative: AppModelBuilder.Relative(f.FilePath, projectDirectory)))
            .Where(f => f.Relative is "next.config.cs" or "src/next.config.cs")
            .OrderBy(f => f.Relative, System.StringComparer.Ordinal)
            .ToList();
        if (own.Count == 0) return null;
        foreach (var extra in own.Skip(1))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidNextConfig, new SourceLocation(extra.File.FilePath, default, default),
                extra.Relative, "the file", "the app already has " + own[0].Relative + " (one config per app, as in Next.js): merge them"));
        diagnostics.AddRange(own[0].File.Diagnostics);
        return own[0].File.Config is { } config ? config with { RelativePath = own[0].Relative } : null;
    }

    private sealed record Settings(string BasePath, bool TrailingSlash, string File, SemanticModel Model, List<DiagnosticInfo> Diagnostics, List<ConfigRuleModel> Rules);

    private static void Rule(Settings s, string kind, ExpressionSyntax element)
    {
        var semantic = s.Model.Compilation.GetSemanticModel(element.SyntaxTree);
        var what = kind == "header" ? "header" : kind == "redirect" ? "redirect" : "rewrite";
        if (element is not BaseObjectCreationExpressionSyntax entry || entry.ArgumentList is not { Arguments.Count: 2 } args ||
            semantic.GetConstantValue(args.Arguments[0].Expression) is not { HasValue: true, Value: string source })
        {
            s.Diagnostics.Add(Invalid(element, s.File, what + " '" + element + "'",
                "write it as new(\"/source\", " + (kind == "header" ? "[new(\"key\", \"value\")]" : "\"/destination\"") + ") { ... } with literal values"));
            return;
        }
        var at = (SyntaxNode)element;
        var label = what + " '" + source + "'";
        var usesBasePath = Bool(entry, "BasePath", semantic) ?? true;
        var has = Conditions(entry, "Has", semantic, s, label);
        var missing = Conditions(entry, "Missing", semantic, s, label);

        string? destination = null;
        var headers = new List<HeaderModel>();
        var status = 0;
        if (kind == "header")
        {
            foreach (var header in MatcherSyntaxReader.Elements(args.Arguments[1].Expression))
            {
                var pair = (header as BaseObjectCreationExpressionSyntax)?.ArgumentList?.Arguments.Select(a => semantic.GetConstantValue(a.Expression)).ToList();
                if (pair is { Count: 2 } && pair[0].Value is string { Length: > 0 } key && pair[1].Value is string value)
                    headers.Add(new HeaderModel(key, value));
                else
                    s.Diagnostics.Add(Invalid(header, s.File, label, "each header must be new(\"key\", \"value\") with a non-empty literal key and a literal value"));
            }
        }
        else if (semantic.GetConstantValue(args.Arguments[1].Expression) is { HasValue: true, Value: string dest })
        {
            destination = dest;
        }
        else
        {
            s.Diagnostics.Add(Invalid(args.Arguments[1], s.File, label, "`destination` must be a literal string"));
            return;
        }

        if (kind == "redirect")
        {
            var permanent = Bool(entry, "Permanent", semantic);
            var statusCode = Assigned(entry, "StatusCode") is { } code ? semantic.GetConstantValue(code).Value as int? : null;
            if (permanent is not null && statusCode is not null)
                s.Diagnostics.Add(Invalid(at, s.File, label, "`permanent` and `statusCode` can not both be provided"));
            else if (permanent is null && statusCode is null)
                s.Diagnostics.Add(Invalid(at, s.File, label, "`permanent` is not set to `true` or `false`: add Permanent = true (308) or false (307), or a StatusCode"));
            else if (statusCode is { } given && System.Array.IndexOf(RedirectStatuses, given) < 0)
                s.Diagnostics.Add(Invalid(at, s.File, label, "`statusCode` is not undefined or valid statusCode: use 301, 302, 303, 307 or 308"));
            status = statusCode ?? (permanent == true ? 308 : 307);
        }
        if (kind != "header" && kind != "redirect" && !usesBasePath && destination!.StartsWith("/") && s.BasePath.Length > 0)
        {
            s.Diagnostics.Add(Invalid(at, s.File, label, "The route " + source + " rewrites urls outside of the basePath. Please use a destination that starts with `http://` or `https://`"));
            return;
        }

        var fullSource = usesBasePath && s.BasePath.Length > 0 ? s.BasePath + (source == "/" ? "" : source) : source;
        if (fullSource.Length == 0) fullSource = "/";
        if (!ConfigSourceCompiler.TryCompile(fullSource, has, missing, destination, out var compiled, out var error))
        {
            s.Diagnostics.Add(Invalid(at, s.File, label, error ?? ""));
            return;
        }
        var fullDestination = destination is not null && usesBasePath && s.BasePath.Length > 0 && destination.StartsWith("/")
            ? s.BasePath + (destination == "/" && !s.TrailingSlash ? "" : destination)
            : destination;
        s.Rules.Add(new ConfigRuleModel(kind, fullSource, compiled!.Pattern, compiled.ParamNames.ToEquatableArray(), fullDestination, status,
            headers.ToEquatableArray(),
            compiled.Has.Select(c => new ConditionModel(c.Type.ToString(), c.Key, c.ValuePattern)).ToEquatableArray(),
            compiled.Missing.Select(c => new ConditionModel(c.Type.ToString(), c.Key, c.ValuePattern)).ToEquatableArray()));
    }

    private static List<MatchCondition> Conditions(BaseObjectCreationExpressionSyntax entry, string name, SemanticModel semantic, Settings s, string label) =>
        MatcherSyntaxReader.Conditions(entry, name, semantic, s.Diagnostics, (at, reason) => Invalid(at, s.File, label, reason))
            .Select(c => new MatchCondition(c.Type switch
            {
                "header" => MatchConditionType.Header,
                "cookie" => MatchConditionType.Cookie,
                "query" => MatchConditionType.Query,
                _ => MatchConditionType.Host,
            }, c.Key, c.Value)).ToList();

    private static bool? Bool(BaseObjectCreationExpressionSyntax entry, string name, SemanticModel semantic) =>
        Assigned(entry, name) is { } value ? semantic.GetConstantValue(value).Value as bool? : null;

    private static ExpressionSyntax? Assigned(BaseObjectCreationExpressionSyntax entry, string name) =>
        entry.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name)?.Right;

    private static T? Constant<T>(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault() is { IsConst: true, ConstantValue: T value } ? value : default;

    private static SyntaxNode? Field(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault()?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();

    private static ExpressionSyntax? Initializer(INamedTypeSymbol type, string name) =>
        Field(type, name) is VariableDeclaratorSyntax { Initializer.Value: { } value } ? value : null;

    private static DiagnosticInfo Invalid(SyntaxNode at, string file, string what, string reason) =>
        DiagnosticInfo.Create(DiagnosticIds.InvalidNextConfig, SourceLocation.From(at.GetLocation()), file, what, reason);
}
