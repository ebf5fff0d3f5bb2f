using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using static Nextfunc.Routing.Generator.Tests.Infrastructure.SourceLines;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

[Trait("Category", "InProcess")]
public class RouteDiagnosticsTests
{
    private const string Ok = """
        namespace TestApp;

        public static class Handler
        {
            public static IResult GET() => NextResponse.Text("ok");
        }
        """;

    [Fact]
    public void Sls001_SameUrlThroughRouteGroups_IsAnErrorOnTheSecondFile()
    {
        var second = Ok.Replace("class Handler", "class Other");
        var run = new TestProject()
            .With("app/(shop)/cart/route.cs", Ok)
            .With("app/(store)/cart/route.cs", second)
            .Run();

        DiagnosticAssert.Single(run, DiagnosticIds.DuplicateRoute, DiagnosticSeverity.Error,
            "app/(store)/cart/route.cs", LineOf(second, "Other"),
            "app/(shop)/cart/route.cs", "/cart", "remove or move one of them");
    }

    [Fact]
    public void Sls001_RouteBesideOptionalCatchAllOfSameUrl_IsAnError()
    {
        var run = new TestProject()
            .With("app/docs/route.cs", Ok)
            .With("app/docs/[[...slug]]/route.cs", Ok)
            .Run();

        DiagnosticAssert.Single(run, DiagnosticIds.DuplicateRoute, DiagnosticSeverity.Error,
            "app/docs/route.cs", LineOf(Ok, "Handler"), "optional catch-all");
    }

    [Fact]
    public void Sls001_CatchAllBesideOptionalCatchAll_IsAnError()
    {
        var run = new TestProject()
            .With("app/docs/[...a]/route.cs", Ok)
            .With("app/docs/[[...b]]/route.cs", Ok)
            .Run();

        DiagnosticAssert.Single(run, DiagnosticIds.DuplicateRoute, DiagnosticSeverity.Error,
            "app/docs/[[...b]]/route.cs", LineOf(Ok, "Handler"), "app/docs/[...a]/route.cs");
    }

    [Theory]
    [InlineData("app/api/v1.2/route.cs", "app/api/v1-2/route.cs")]
    [InlineData("app/api/Users/route.cs", "app/api/users/route.cs")]
    public void Sls014_TwoUrlsWithOneFunctionName_IsAnError(string first, string second)
    {
        var run = new TestProject().With(first, Ok).With(second, Ok.Replace("class Handler", "class Other")).Run();

        var diagnostic = Assert.Single(run.DiagnosticsWithId(DiagnosticIds.FunctionNameCollision));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("rename one folder", diagnostic.GetMessage());
    }

    [Fact]
    public void Sls002_IdBesideSlugAtSamePosition_IsAnError()
    {
        var run = new TestProject()
            .With("app/api/[id]/route.cs", Ok)
            .With("app/api/[slug]/posts/route.cs", Ok)
            .Run();

        DiagnosticAssert.Single(run, DiagnosticIds.ConflictingParameterNames, DiagnosticSeverity.Error,
            "app/api/[slug]/posts/route.cs", LineOf(Ok, "Handler"),
            "'id'", "[slug]", "rename one folder");
    }

    [Fact]
    public void Sls003_CatchAllNotLast_IsAnError()
    {
        var run = new TestProject().With("app/api/[...slug]/edit/route.cs", Ok).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.CatchAllNotLast, DiagnosticSeverity.Error,
            "app/api/[...slug]/edit/route.cs", LineOf(Ok, "Handler"),
            "[...slug]", "must be the last folder", "make it a plain [slug]");
        Assert.DoesNotContain("edit", run.GeneratedSource);
    }

    [Fact]
    public void Sls004_NoVerb_IsAnError()
    {
        const string source = """
            namespace TestApp;

            public static class Empty
            {
                public static IResult Get() => NextResponse.Text("not a verb: names are upper case");
            }
            """;
        var run = new TestProject().With("app/api/empty/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.NoVerbExported, DiagnosticSeverity.Error,
            "app/api/empty/route.cs", LineOf(source, "Empty"),
            "add a 'public static' method named GET", "TestApp.Empty");
    }

    [Fact]
    public void Sls005_ObjectParameter_IsAnErrorAtTheParameter()
    {
        const string source = """
            namespace TestApp;

            public static class Numbers
            {
                public static IResult GET(
                    object x) => NextResponse.Text("x");
            }
            """;
        var run = new TestProject().With("app/api/numbers/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.UnsupportedParameter, DiagnosticSeverity.Error,
            "app/api/numbers/route.cs", LineOf(source, "object x"),
            "'x'", "'object'", "supported: NextRequest, RouteContext", "named after a dynamic segment");
    }

    [Theory]
    [InlineData("string", "\"text\"")]
    [InlineData("void", "{ }")]
    [InlineData("Task", "Task.CompletedTask")]
    public void Sls006_UnsupportedReturnType_IsAnErrorAtTheMethod(string returnType, string body)
    {
        var source = $$"""
            namespace TestApp;

            public static class Text
            {
                public static {{returnType}} GET()
                    {{(body.StartsWith("{") ? body : "=> " + body + ";")}}
            }
            """;
        var run = new TestProject().With("app/api/text/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.UnsupportedReturnType, DiagnosticSeverity.Error,
            "app/api/text/route.cs", LineOf(source, "GET("),
            "returns '", returnType, "return IResult");
    }

    [Theory]
    [InlineData("public const string Dynamic = \"static\";", "\"force-static\"")]
    [InlineData("public const int Revalidate = -1;", "positive number of seconds")]
    [InlineData("public const string AuthLevel = \"user\";", "\"anonymous\"")]
    [InlineData("public const int MaxDuration = 0;", "a positive number of seconds")]
    [InlineData("public const string MaxDuration = \"30s\";", "a positive number of seconds")]
    [InlineData("public static readonly string Dynamic = \"force-static\";", "'public const'")]
    public void Sls007_InvalidSegmentConfig_IsAnErrorAtTheField(string field, string fixHint)
    {
        var source = $$"""
            namespace TestApp;

            public static class Configured
            {
                {{field}}

                public static IResult GET() => NextResponse.Text("ok");
            }
            """;
        var run = new TestProject().With("app/api/configured/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidSegmentConfig, DiagnosticSeverity.Error,
            "app/api/configured/route.cs", LineOf(source, field), fixHint);
    }

    [Fact]
    public void Sls008_AdminRoute_IsOnlyAWarningAndStillEmitted()
    {
        var run = new TestProject().With("app/admin/route.cs", Ok).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.ReservedRoutePrefix, DiagnosticSeverity.Warning,
            "app/admin/route.cs", LineOf(Ok, "Handler"), "rename the folder");
        Assert.Contains("\"r1_admin_GET\"", run.GeneratedSource);
        Assert.Empty(run.CompileErrors());
    }

    [Fact]
    public void Sls009_UnclosedBracketFolder_IsAnError()
    {
        var run = new TestProject().With("app/api/[id/route.cs", Ok).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.MalformedFolderName, DiagnosticSeverity.Error,
            "app/api/[id/route.cs", LineOf(Ok, "Handler"), "'[id'", "write [name]");
    }

    [Fact]
    public void Sls013_NoStaticClass_IsAnErrorAtTheFile()
    {
        const string source = """
            namespace TestApp;

            public class NotStatic
            {
                public static IResult GET() => NextResponse.Text("ok");
            }
            """;
        var run = new TestProject().With("app/api/plain/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.NoRouteClass, DiagnosticSeverity.Error,
            "app/api/plain/route.cs", 1, "'public static class'");
    }

    [Fact]
    public void Sls013_TwoStaticClasses_IsAnErrorAtTheSecond()
    {
        const string source = """
            namespace TestApp;

            public static class First
            {
                public static IResult GET() => NextResponse.Text("ok");
            }

            public static class Second
            {
            }
            """;
        var run = new TestProject().With("app/api/two/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.NoRouteClass, DiagnosticSeverity.Error,
            "app/api/two/route.cs", LineOf(source, "Second"), "exactly one");
    }

    [Fact]
    public void ValidApp_ReportsNothing()
    {
        var run = SampleRoutes.App().Run();

        Assert.Empty(run.Diagnostics);
    }
}
