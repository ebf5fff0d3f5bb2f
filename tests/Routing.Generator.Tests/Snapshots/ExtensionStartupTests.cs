using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Nextfunc.Routing.Generator.Tests.Infrastructure;

namespace Nextfunc.Routing.Generator.Tests.Snapshots;

/// <summary>A package that extends Nextfunc is wired in by referencing it: the manifest calls its start-up.</summary>
[Trait("Category", "InProcess")]
public sealed class ExtensionStartupTests
{
    private const string Route = """
        namespace TestApp;

        public static class Hello
        {
            public static IResult GET() => NextResponse.Text("hi");
        }
        """;

    [Fact]
    public void Emit_ReferenceDeclaringAnExtension_CallsItsConfigureInTheManifest()
    {
        // Arrange: a package assembly with [assembly: NextfuncExtension(typeof(Startup))], as Nextfunc.Caching.AzureBlobs has.
        var package = CSharpCompilation.Create("Acme.Store",
            [CSharpSyntaxTree.ParseText("""
                [assembly: Nextfunc.Routing.Generated.NextfuncExtension(typeof(Acme.Store.Startup))]
                namespace Acme.Store;
                public static class Startup
                {
                    public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }
                }
                """)],
            TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var app = new TestProject().With("app/api/hello/route.cs", Route).Compilation().AddReferences(package.ToMetadataReference());

        // Act
        var run = GeneratorRun.Start(app);

        // Assert
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        Assert.Contains("app.Extension(global::Acme.Store.Startup.Configure);", run.GeneratedSource);
    }

    [Fact]
    public void Emit_NoExtensionPackage_AddsNoExtensionCall()
    {
        var run = new TestProject().With("app/api/hello/route.cs", Route).Run();

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("app.Extension(", run.GeneratedSource);
    }
}
