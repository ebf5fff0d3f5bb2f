using System.Text.Json.Nodes;

namespace Nextfunc.Architecture.Tests.TestLayers;

/// <summary>
/// Every test class says which layer it is in, and an in-process one cannot start anything: <c>./test.sh --fast</c>
/// runs <c>Category=InProcess</c> only, so a class without the trait is left out of it (never wrongly in it), and one
/// marked in-process that reaches an app starter, Azurite, a process or a socket fails here with the path it took.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class TestLayerTests
{
    private static readonly string Shared = Path.Combine(Repository.Root, "tests", "Shared");

    public static TheoryData<string> Projects => new(ProjectFolders());

    /// <summary>Every test project under tests/ (a folder with a *.Tests or *.FunctionalTests project).</summary>
    private static IEnumerable<string> ProjectFolders() => Directory.EnumerateDirectories(Path.Combine(Repository.Root, "tests"))
        .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any(p => p.EndsWith(".Tests.csproj", StringComparison.Ordinal) || p.EndsWith(".FunctionalTests.csproj", StringComparison.Ordinal)))
        .Select(d => Path.GetFileName(d))
        .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryTestClass_SaysItsLayer_Once(string project)
    {
        // Arrange
        var sources = TestSources.Read(Path.Combine(Repository.Root, "tests", project), Shared);

        // Act
        var wrong = sources.TestClasses.Where(c => c.Layers is not [TestLayer.InProcess or TestLayer.Functional]).ToList();

        // Assert
        Assert.True(wrong.Count == 0, $"""
            Give each test class one [Trait("Category", "{TestLayer.InProcess}")] or [Trait("Category", "{TestLayer.Functional}")] (tests/README.md):
            {string.Join("\n", wrong.Select(c => $"{project}/{c.File}: {c.Name} has {(c.Layers.Count == 0 ? "none" : string.Join(", ", c.Layers))}"))}
            """);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void AnInProcessTestClass_ReachesNoAppStarterAzuriteProcessOrSocket(string project)
    {
        // Arrange
        var sources = TestSources.Read(Path.Combine(Repository.Root, "tests", project), Shared);

        // Act
        var wrong = sources.TestClasses.Where(c => c.Layers is [TestLayer.InProcess])
            .Select(c => (Class: c, Chain: sources.Reaches(c.Name, TestLayer.FunctionalOnly)))
            .Where(x => x.Chain is not null).ToList();

        // Assert
        Assert.True(wrong.Count == 0, $"""
            These in-process test classes start something; mark them [Trait("Category", "{TestLayer.Functional}")], or move the tests that do into a class that is:
            {string.Join("\n", wrong.Select(x => $"{project}/{x.Class.File}: {string.Join(" -> ", x.Chain!)}"))}
            """);
    }

    [Fact]
    public void EveryProjectWithInProcessTests_IsInTheFastRun()
    {
        // Arrange
        var slnf = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "InProcess.slnf")))!;
        var listed = slnf["solution"]!["projects"]!.AsArray().Select(p => ((string)p!).Replace('\\', '/')).ToList();

        // Act
        var missing = ProjectFolders()
            .Where(p => TestSources.Read(Path.Combine(Repository.Root, "tests", p), Shared).TestClasses.Any(c => c.Layers is [TestLayer.InProcess]))
            .Where(p => !listed.Any(l => l.StartsWith($"tests/{p}/", StringComparison.Ordinal)))
            .ToList();
        var gone = listed.Where(l => !File.Exists(Path.Combine(Repository.Root, l))).ToList();

        // Assert
        Assert.True(missing.Count == 0, "These projects have in-process tests that ./test.sh --fast would not run; add them to tests/InProcess.slnf: " + string.Join(", ", missing));
        Assert.True(gone.Count == 0, "tests/InProcess.slnf lists projects that do not exist: " + string.Join(", ", gone));
    }

    [Fact]
    public void Projects_AreReadWithBothLayers_SoAnEmptyReadCannotPass()
    {
        // Arrange
        var sources = TestSources.Read(Path.Combine(Repository.Root, "tests", "FunctionsHost.Tests"), Shared);

        // Act
        var layers = sources.TestClasses.SelectMany(c => c.Layers).ToHashSet();

        // Assert
        Assert.Contains("WorkerHost.FunctionalTests", ProjectFolders());
        Assert.Equal([TestLayer.Functional, TestLayer.InProcess], layers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TestClasses_WithoutATrait_OrWithTestsOnlyInTheirBase_AreFound()
    {
        // Arrange
        var sources = TestSources.FromSources(
        [
            ("StoreTests.cs", "public abstract class StoreTests { [Fact] public void Works() { } }"),
            ("BlobStoreTests.cs", "[Trait(\"Category\", \"Functional\")] public sealed class BlobStoreTests : StoreTests { }"),
            ("NewTests.cs", "public sealed class NewTests { [Theory] public void Works(int x) { } }"),
            ("Helper.cs", "public static class Helper { public static int Two() => 2; }"),
        ]);

        // Act
        var classes = sources.TestClasses.ToDictionary(c => c.Name, c => c.Layers);

        // Assert
        Assert.Equal(["BlobStoreTests", "NewTests"], classes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([TestLayer.Functional], classes["BlobStoreTests"]);
        Assert.Empty(classes["NewTests"]);
    }

    [Fact]
    public void Reaches_AStarterBehindAHelperAndABaseClass_IsFoundWithTheChain()
    {
        // Arrange
        var sources = TestSources.FromSources(
        [
            ("ScenarioApp.cs", "static class ScenarioApp { public static Task<AppUnderTest> StartAsync() => AppUnderTest.StartAsync(null!); }"),
            ("AppTest.cs", "public abstract class AppTest { protected object App = ScenarioApp.StartAsync(); }"),
            ("RewriteTests.cs", "[Trait(\"Category\", \"InProcess\")] public sealed class RewriteTests : AppTest { [Fact] public void Rewrites() { } }"),
            ("CacheTests.cs", "[Trait(\"Category\", \"InProcess\")] public sealed class CacheTests { [Fact] public void Hits() => new Cache().Get(); }"),
        ]);

        // Act
        var rewrite = sources.Reaches("RewriteTests", TestLayer.FunctionalOnly);
        var cache = sources.Reaches("CacheTests", TestLayer.FunctionalOnly);

        // Assert
        Assert.Equal(["RewriteTests", "AppTest", "ScenarioApp", "AppUnderTest"], rewrite);
        Assert.Null(cache);
    }
}
