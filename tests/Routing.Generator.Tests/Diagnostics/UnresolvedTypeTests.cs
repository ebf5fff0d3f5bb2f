using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>
/// A type the compiler cannot resolve (a forgotten using) is the compiler's error, CS0246 naming the type; the generator
/// adds no NXF005/NXF006/NXF015 saying the adapter cannot supply it, which would send the reader the wrong way.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class UnresolvedTypeTests
{
    [Theory]
    [InlineData("app/api/stats/route.cs", "public static IResult GET(StatsStore stats) => NextResponse.Text(\"x\");")]
    [InlineData("app/api/stats/[id]/route.cs", "public static IResult GET(StatsId id) => NextResponse.Text(\"x\");")]
    [InlineData("app/api/stats/route.cs", "public static StatsResult GET() => default!;")]
    [InlineData("app/api/stats/route.cs", "public static Task<StatsResult> GET() => default!;")]
    public void Generate_UnresolvedTypeInAHandler_OnlyTheCompilerReportsIt(string path, string method)
    {
        var source = $$"""
            namespace TestApp;

            public static class Stats
            {
                {{method}}
            }
            """;

        var run = new TestProject().With(path, source).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.CompileErrors(), d => d.Id == "CS0246" && d.GetMessage().Contains("Stats", StringComparison.Ordinal));
        Assert.DoesNotContain(run.CompileErrors(), d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true && d.Id != "CS0246");
    }

    [Fact]
    public void Generate_ObjectParameter_StillReportsNxf005()
    {
        // The rule above is about unresolved types only: a resolved type nothing can supply is still ours to report.
        var run = new TestProject().With("app/api/stats/route.cs", """
            namespace TestApp;

            public static class Stats
            {
                public static IResult GET(object stats) => NextResponse.Text("x");
            }
            """).Run();

        Assert.Single(run.DiagnosticsWithId(DiagnosticIds.UnsupportedParameter));
    }
}
