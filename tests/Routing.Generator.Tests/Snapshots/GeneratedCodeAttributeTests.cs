extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using RouteGenerator = generator::Nextfunc.Routing.Generator.RouteGenerator;

namespace Nextfunc.Routing.Generator.Tests.Snapshots;

/// <summary>Every generated type carries [GeneratedCode] with the generator's name and package version.</summary>
[Trait("Category", "InProcess")]
public class GeneratedCodeAttributeTests
{
    [Fact]
    public void Emit_ExecutableApp_MarksEveryGeneratedTypeWithToolAndVersion()
    {
        // Arrange: an executable without Main also gets the generated entry point.
        var library = SampleRoutes.App().Compilation();
        var executable = library.WithOptions(library.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var assembly = typeof(RouteGenerator).Assembly.GetName().Version!;

        // Act
        var run = GeneratorRun.Start(executable);
        var types = run.Result.GeneratedSources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            .ToDictionary(t => t.Identifier.ValueText, Attribute);

        // Assert
        Assert.Empty(run.CompileErrors());
        Assert.Equal(["GeneratedFunctions", "GeneratedOpenApi", "NextfuncEntryPoint"], types.Keys.Order());
        Assert.All(types.Values, attribute =>
        {
            Assert.Equal("Nextfunc.Routing.Generator", attribute.Tool);
            // The package version (VersionPrefix, maybe a suffix), never the commit the informational version adds.
            Assert.StartsWith($"{assembly.Major}.{assembly.Minor}.{assembly.Build}", attribute.Version);
            Assert.DoesNotContain("+", attribute.Version);
        });
    }

    [Fact]
    public void Emit_GeneratedCodeAttribute_BindsToTheFrameworkType()
    {
        // Arrange
        var run = SampleRoutes.App().Run();

        // Act
        var type = run.Output.GetTypeByMetadataName("TestApp.GeneratedFunctions")!;
        var attribute = type.GetAttributes().Single(a => a.AttributeClass?.Name == "GeneratedCodeAttribute");

        // Assert
        Assert.Equal("System.CodeDom.Compiler.GeneratedCodeAttribute", attribute.AttributeClass!.ToDisplayString());
        Assert.Equal("Nextfunc.Routing.Generator", attribute.ConstructorArguments[0].Value);
    }

    private static (string Tool, string Version) Attribute(TypeDeclarationSyntax type)
    {
        var attribute = type.AttributeLists.SelectMany(l => l.Attributes)
            .Single(a => a.Name.ToString() == "global::System.CodeDom.Compiler.GeneratedCode");
        var arguments = attribute.ArgumentList!.Arguments
            .Select(a => (string)((LiteralExpressionSyntax)a.Expression).Token.Value!).ToList();
        return (arguments[0], arguments[1]);
    }
}
