using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Generator.Emitting;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Generator.Parsing;

namespace Nextfunc.Routing.Generator;

/// <summary>
/// Compiles an app's <c>app/**/route.cs</c> files, <c>middleware.cs</c> and <c>next.config.cs</c> into one function per
/// exported verb, a route table, a compiled middleware matcher and compiled config rules: <c>GeneratedFunctions.Manifest</c>.
/// Steps: read each route file (cached per file) → validate the whole table → emit. The build id is not the generator's:
/// the app's build writes it from the compiled assemblies, so the generated code does not change with every edit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RouteGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var routeFiles = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax && RouteFileReader.IsCandidate(node.SyntaxTree.FilePath),
                static (ctx, _) => RouteFileReader.Read((CompilationUnitSyntax)ctx.Node, ctx.SemanticModel))
            .WithTrackingName(GeneratorSteps.RouteFiles);

        var middleware = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax && MiddlewareFileReader.IsCandidate(node.SyntaxTree.FilePath),
                static (ctx, _) => MiddlewareFileReader.Read((CompilationUnitSyntax)ctx.Node, ctx.SemanticModel))
            .WithTrackingName(GeneratorSteps.MiddlewareFiles);

        var nextConfig = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax && NextConfigFileReader.IsCandidate(node.SyntaxTree.FilePath),
                static (ctx, _) => NextConfigFileReader.Read((CompilationUnitSyntax)ctx.Node, ctx.SemanticModel))
            .WithTrackingName(GeneratorSteps.NextConfigFiles);

        var hasOwnMain = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is GlobalStatementSyntax || node is MethodDeclarationSyntax { Identifier.ValueText: "Main" },
                static (_, _) => true)
            .Collect()
            .Select(static (found, _) => found.Length > 0);

        var hostInfo = context.CompilationProvider.Select(static (c, _) =>
            c.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication &&
            c.GetTypeByMetadataName("Nextfunc.Hosting.NextfuncApp") is not null);

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(hasOwnMain)
            .Combine(hostInfo)
            .Select(static (input, _) =>
            {
                var ((provider, ownMain), isHostedExe) = input;
                var global = provider.GlobalOptions;
                global.TryGetValue("build_property.MSBuildProjectDirectory", out var dir);
                global.TryGetValue("build_property.RootNamespace", out var ns);
                dir = (dir ?? "").Replace('\\', '/');
                if (dir.Length > 0 && !dir.EndsWith("/")) dir += "/";
                return new GeneratorOptions(dir, string.IsNullOrWhiteSpace(ns) ? "App" : ns!, isHostedExe && !ownMain);
            })
            .WithTrackingName(GeneratorSteps.Options);

        var app = routeFiles.Collect()
            .Combine(middleware.Collect())
            .Combine(nextConfig.Collect())
            .Combine(options)
            .Select(static (input, _) => AppModelBuilder.Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(GeneratorSteps.AppModel);

        // The OpenAPI document's info.version: the app's assembly version (a string, so an edit leaves it cached).
        var version = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Assembly.Identity.Version.ToString(3))
            .WithTrackingName(GeneratorSteps.Version);

        // Only a project that imports the app build settings (build/Nextfunc.props) is an app. A package's
        // analyzers also reach projects that reference the app (its test project): those get nothing,
        // not an empty GeneratedFunctions that hides the app's own.
        var isApp = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.IsNextfuncApp", out var value) &&
            string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase));

        // Diagnostics and sources are separate outputs: each reruns only when what it reports or adds changed.
        context.RegisterSourceOutput(app.Select(static (model, _) => model.Diagnostics).Combine(isApp), static (spc, input) =>
        {
            var (diagnostics, isAppProject) = input;
            if (!isAppProject) return;
            foreach (var diagnostic in diagnostics)
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });

        // Packages that extend Nextfunc (the blob store, ...), found on the references: a value, so an edit leaves it cached.
        var extensions = context.CompilationProvider
            .Select(static (compilation, _) => ExtensionStartups.Read(compilation))
            .WithTrackingName(GeneratorSteps.Extensions);

        // The text, compared as strings: a model change that changes no code (a moved location) adds no new source.
        var sources = app.Combine(version).Combine(extensions).Combine(isApp)
            .Select(static (input, _) =>
            {
                var (((model, appVersion), startups), isAppProject) = input;
                return isAppProject ? new GeneratedFiles(FunctionsEmitter.Emit(model, startups), OpenApiEmitter.Emit(model, appVersion)) : null;
            })
            .WithTrackingName(GeneratorSteps.GeneratedSources);

        context.RegisterSourceOutput(sources, static (spc, files) =>
        {
            if (files is null) return;
            spc.AddSource("GeneratedFunctions.g.cs", files.Functions);
            spc.AddSource("GeneratedOpenApi.g.cs", files.OpenApi);
        });
    }
}
