using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Generator.Emitting;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Generator.Parsing;

namespace Nextfunc.Routing.Generator;

/// <summary>
/// Compiles an app's <c>app/**/route.cs</c> files and <c>middleware.cs</c> into one function per
/// exported verb, a route table and a compiled middleware matcher: <c>GeneratedFunctions.Manifest</c>.
/// Steps: read each route file (cached per file) → validate the whole table → emit.
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
                global.TryGetValue("build_property.NextfuncBuildId", out var buildId);
                dir = (dir ?? "").Replace('\\', '/');
                if (dir.Length > 0 && !dir.EndsWith("/")) dir += "/";
                return new GeneratorOptions(dir, string.IsNullOrWhiteSpace(ns) ? "App" : ns!, buildId ?? "", isHostedExe && !ownMain);
            })
            .WithTrackingName(GeneratorSteps.Options);

        var app = routeFiles.Collect()
            .Combine(middleware.Collect())
            .Combine(options)
            .Select(static (input, _) => AppModelBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(GeneratorSteps.AppModel);

        // Only a project that imports the app build settings (build/Nextfunc.props) is an app. A package's
        // analyzers also reach projects that reference the app (its test project): those get nothing,
        // not an empty GeneratedFunctions that hides the app's own.
        var isApp = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.IsNextfuncApp", out var value) &&
            string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase));

        context.RegisterSourceOutput(app.Combine(isApp), static (spc, input) =>
        {
            var (model, isAppProject) = input;
            if (!isAppProject) return;
            foreach (var diagnostic in model.Diagnostics)
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            spc.AddSource("GeneratedFunctions.g.cs", FunctionsEmitter.Emit(model));
            spc.AddSource("GeneratedOpenApi.g.cs", OpenApiEmitter.Emit(model));
        });
    }
}
