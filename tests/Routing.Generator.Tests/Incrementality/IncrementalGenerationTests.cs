extern alias generator;

using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using GeneratorSteps = generator::Nextfunc.Routing.Generator.GeneratorSteps;

namespace Nextfunc.Routing.Generator.Tests.Incrementality;

[Trait("Category", "InProcess")]
public class IncrementalGenerationTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Rerun_NonRouteFileAdded_RouteFilesAndAppModelAreReused()
    {
        var first = SampleRoutes.App().Run();
        var edited = first.Input.AddSyntaxTrees(TestProject.Tree("Services/Clock.cs", "namespace TestApp; public static class Clock { }"));

        var second = first.Next(edited);

        Assert.All(Reasons(second, GeneratorSteps.RouteFiles), r => Assert.Contains(r, Reused));
        Assert.All(Reasons(second, GeneratorSteps.AppModel), r => Assert.Contains(r, Reused));
    }

    [Fact]
    public void Rerun_VerbAddedToRouteFile_RouteFileAndAppModelAreModified()
    {
        var first = SampleRoutes.App().Run();
        var me = first.Input.SyntaxTrees.Single(t => t.FilePath.EndsWith("/users/me/route.cs"));
        var withPut = SampleRoutes.Me.Replace(
            "public static IResult GET() => NextResponse.Text(\"me\");",
            "public static IResult GET() => NextResponse.Text(\"me\");\n    public static IResult PUT() => NextResponse.Empty(204);");
        var edited = first.Input.ReplaceSyntaxTree(me, TestProject.Tree("app/api/users/me/route.cs", withPut));

        var second = first.Next(edited);

        var routeFiles = Reasons(second, GeneratorSteps.RouteFiles);
        Assert.Equal(1, routeFiles.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Contains(Reasons(second, GeneratorSteps.AppModel), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Contains("\"r111_api_users_me_PUT\"", second.GeneratedSource);
        Assert.DoesNotContain("\"r111_api_users_me_PUT\"", first.GeneratedSource);
    }

    [Fact]
    public void Rerun_RouteFileAdded_AppModelIsModifiedAndNewRouteEmitted()
    {
        var first = SampleRoutes.App().Run();
        var edited = first.Input.AddSyntaxTrees(TestProject.Tree("app/api/health/route.cs",
            "namespace TestApp; public static class Health { public static IResult GET() => NextResponse.Text(\"ok\"); }"));

        var second = first.Next(edited);

        Assert.Contains(Reasons(second, GeneratorSteps.RouteFiles), r => r == IncrementalStepRunReason.New);
        Assert.Contains(Reasons(second, GeneratorSteps.AppModel), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Contains("\"r11_api_health_GET\"", second.GeneratedSource);
    }


    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) => run.Reasons(step);

}
