extern alias generator;

using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using GeneratorSteps = generator::Nextfunc.Routing.Generator.GeneratorSteps;

namespace Nextfunc.Routing.Generator.Tests.Incrementality;

/// <summary>
/// Edits that cannot change what a route file declares (a handler's body, a build setting, another file) leave the
/// per-file route models reused; only the steps that depend on what changed run again, and the sources stay as they were.
/// </summary>
[Trait("Category", "InProcess")]
public class RouteModelCachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Rerun_HandlerBodyLiteralEdited_RouteModelsReusedAndSourcesCached()
    {
        // Arrange
        var first = SampleRoutes.App().Run();

        // Act: the literal grows, so everything after it in the file moves.
        var second = first.Next(Edit(first, "app/api/users/me/route.cs", SampleRoutes.Me, "\"me\"", "\"someone else\""));

        // Assert
        Assert.All(second.Reasons(GeneratorSteps.RouteFiles), r => Assert.Contains(r, Reused));
        Assert.All(second.Reasons(GeneratorSteps.AppModel), r => Assert.Contains(r, Reused));
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
        Assert.Equal(first.GeneratedOpenApi, second.GeneratedOpenApi);
    }

    [Fact]
    public void Rerun_BodyEditAboveAHandlerTakingAdapterTypes_RouteModelUnchanged()
    {
        // Arrange: POST(NextRequest, CancellationToken) follows GET, so the edit moves its parameters.
        var first = SampleRoutes.App().Run();

        // Act
        var second = first.Next(Edit(first, "app/api/users/route.cs", SampleRoutes.Users, "\"ada\"", "\"ada lovelace\""));

        // Assert
        Assert.All(second.Reasons(GeneratorSteps.RouteFiles), r => Assert.Contains(r, Reused));
        Assert.Contains(IncrementalStepRunReason.Unchanged, second.Reasons(GeneratorSteps.RouteFiles));
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void Rerun_EditMovesAServiceParameter_RouteModelModifiedForItsLocationButSourcesCached()
    {
        // Arrange: a service parameter keeps its place (a route value named like it later would be reported there).
        var first = SampleRoutes.App().Run();

        // Act: the Greeter class above UserById grows, so the class and GET's IGreeter parameter move.
        var second = first.Next(Edit(first, "app/api/users/[id]/route.cs", SampleRoutes.UserById, "\"hello \"", "\"hello there, \""));

        // Assert
        Assert.Equal(1, second.Reasons(GeneratorSteps.RouteFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(second.Reasons(GeneratorSteps.GeneratedSources), r => Assert.Contains(r, Reused));
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void Rerun_RootNamespaceSettingChanged_RouteModelsCachedAndOnlyTheNamespaceChanges()
    {
        // Arrange
        var first = SampleRoutes.App().Run();

        // Act: same compilation, one global option changed.
        var second = first.WithProperty("RootNamespace", "OtherApp");

        // Assert: Roslyn runs the per-file transform again after an options change; its model compares equal.
        Assert.All(second.Reasons(GeneratorSteps.RouteFiles), r => Assert.Contains(r, Reused));
        Assert.Equal(["namespace OtherApp;"], ChangedLines(first.GeneratedSource, second.GeneratedSource));
    }

    [Theory]
    [InlineData("app/_lib/Helper.cs")]
    [InlineData("Program.cs")]
    public void Rerun_NonRouteFileEdited_RouteModelsReusedAndSourcesCached(string file)
    {
        // Arrange
        const string program = "namespace TestApp;\n\npublic static class Startup\n{\n    public static string Name => \"helper\";\n}\n";
        var source = file == "Program.cs" ? program : SampleRoutes.Helper;
        var first = SampleRoutes.App().With("Program.cs", program).Run();

        // Act
        var second = first.Next(Edit(first, file, source, "\"helper\"", "\"edited helper\""));

        // Assert
        Assert.All(second.Reasons(GeneratorSteps.RouteFiles), r => Assert.Contains(r, Reused));
        Assert.All(second.Reasons(GeneratorSteps.AppModel), r => Assert.Contains(r, Reused));
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void Rerun_NonRouteFileEditedInAppWithAnError_ErrorStillReported()
    {
        // Arrange: the diagnostics output is cached on the rerun; Roslyn must still report what it reported.
        var first = SampleRoutes.App()
            .With("app/api/empty/route.cs", "namespace TestApp; public static class Empty { public static IResult Get() => NextResponse.Text(\"x\"); }")
            .Run();

        // Act
        var second = first.Next(Edit(first, "app/_lib/Helper.cs", SampleRoutes.Helper, "\"helper\"", "\"edited helper\""));

        // Assert
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal("NXF004", Assert.Single(first.Diagnostics).Id);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    private static Compilation Edit(GeneratorRun run, string relativePath, string source, string from, string to)
    {
        Assert.Contains(from, source);
        var tree = run.Input.SyntaxTrees.Single(t => t.FilePath == TestProject.PathOf(relativePath));
        return run.Input.ReplaceSyntaxTree(tree, TestProject.Tree(relativePath, source.Replace(from, to)));
    }

    private static List<string> ChangedLines(string before, string after)
    {
        var old = before.Split('\n');
        var now = after.Split('\n');
        Assert.Equal(old.Length, now.Length);
        return now.Where((line, i) => line != old[i]).ToList();
    }
}
