namespace Nextfunc.Architecture.Tests;

/// <summary>
/// No two concept folders of a library depend on each other, directly or round a longer circle: data flows one way
/// (route table → pipeline → response), and a lower layer never reaches up. A new cycle fails here with the uses that make it.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class FolderCycleTests
{
    public static TheoryData<string, string, string> Projects => new()
    {
        { "src/Routing", "Nextfunc.Routing", "Nextfunc.Routing" },
        { "src/FunctionsHost", "Nextfunc", "Nextfunc" },
        { "src/Routing.Generator", "Nextfunc.Routing.Generator", "Nextfunc.Routing.Generator" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Library_HasNoDependencyCycleBetweenFolders(string project, string assemblyName, string rootNamespace)
    {
        // Arrange
        var graph = FolderGraph.Read(Path.Combine(Repository.Root, project), assemblyName, rootNamespace);

        // Act
        var cycles = graph.Cycles();

        // Assert
        Assert.True(cycles.Count == 0, $"{project} has folders that depend on each other; move the type to the lower folder or pass the data down instead:\n" +
            string.Join("\n", cycles.SelectMany(graph.Explain)));
    }

    [Fact]
    public void Library_ReadsEveryFolder_SoAnEmptyGraphCannotPassForAClean()
    {
        // Arrange
        var graph = FolderGraph.Read(Path.Combine(Repository.Root, "src/FunctionsHost"), "Nextfunc", "Nextfunc");

        // Assert: the pipeline uses the cache, as it must; if the reader bound no names, this edge would be missing.
        Assert.Contains("Caching", graph.Edges["Pipeline"].Keys);
        Assert.DoesNotContain("Pipeline", graph.Edges["Caching"].Keys);
    }

    [Fact]
    public void Cycles_TwoFoldersUsingEachOther_IsReportedWithTheUses()
    {
        // Arrange
        var graph = FolderGraph.FromSources(
        [
            ("Pipeline/Stage.cs", "namespace App.Pipeline; public class Stage { public App.Telemetry.Probe? Probe; }"),
            ("Telemetry/Probe.cs", "namespace App.Telemetry; public class Probe { public App.Pipeline.Stage? CalledBack; }"),
            ("Caching/Store.cs", "namespace App.Caching; public class Store { public App.Telemetry.Probe? Probe; }"),
        ], "App", "App");

        // Act
        var cycles = graph.Cycles();

        // Assert
        var cycle = Assert.Single(cycles);
        Assert.Equal(["Pipeline", "Telemetry"], cycle);
        Assert.Contains(graph.Explain(cycle), e => e.StartsWith("Telemetry -> Pipeline: Telemetry/Probe.cs:1 uses Stage", StringComparison.Ordinal));
    }

    [Fact]
    public void Cycles_ARoundAboutCircleOfThree_IsOneCycle()
    {
        var graph = FolderGraph.FromSources(
        [
            ("A/X.cs", "namespace App.A; public class X { public App.B.Y? Y; }"),
            ("B/Y.cs", "namespace App.B; public class Y { public App.C.Z? Z; }"),
            ("C/Z.cs", "namespace App.C; public class Z { public static void Back() => new App.A.X().ToString(); }"),
        ], "App", "App");

        Assert.Equal(["A", "B", "C"], Assert.Single(graph.Cycles()));
    }
}
