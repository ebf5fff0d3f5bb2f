using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using static Nextfunc.Routing.Generator.Tests.Infrastructure.SourceLines;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>NXF015: typed route parameters (<c>GET(int id)</c>) that name no segment, cannot bind, or disagree between verbs.</summary>
[Trait("Category", "InProcess")]
public class TypedParamDiagnosticsTests
{
    [Theory]
    [InlineData("app/api/numbers/route.cs", "has no dynamic segments")]
    [InlineData("app/api/numbers/[id]/route.cs", "has the segments [id]")]
    public void Sls015_RouteValueNamedAfterNoSegment_IsAnErrorAtTheParameter(string file, string hint)
    {
        const string source = """
            namespace TestApp;

            public static class Numbers
            {
                public static IResult GET(
                    int x) => NextResponse.Text("x");
            }
            """;
        var run = new TestProject().With(file, source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidRouteParameter, DiagnosticSeverity.Error,
            file, LineOf(source, "int x"),
            "'x'", "'int'", "no segment", "is named 'x'", hint, "name the parameter after a segment");
    }

    [Theory]
    [InlineData("app/api/numbers/[id]/route.cs", "int? id", "not nullable")]
    [InlineData("app/api/numbers/[id]/route.cs", "System.IO.Stream id", "IParsable<T>")]
    [InlineData("app/api/numbers/[id]/route.cs", "string[] id", "IParsable<T>")]
    [InlineData("app/api/numbers/[...id]/route.cs", "int[] id", "take string[]")]
    [InlineData("app/api/numbers/[...id]/route.cs", "string id", "take string[]")]
    [InlineData("app/api/numbers/[[...id]]/route.cs", "string[] id", "take string[]?")]
    public void Sls015_SegmentTypeThatCannotBind_IsAnErrorAtTheParameter(string file, string parameter, string hint)
    {
        var source = $$"""
            namespace TestApp;

            public static class Numbers
            {
                public static IResult GET(
                    {{parameter}}) => NextResponse.Text("x");
            }
            """;
        var run = new TestProject().With(file, source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidRouteParameter, DiagnosticSeverity.Error,
            file, LineOf(source, parameter), "'id'", "cannot bind", hint);
    }

    [Fact]
    public void Sls015_VerbsTakingOneSegmentAsDifferentTypes_IsAnErrorAtTheSecond()
    {
        const string source = """
            namespace TestApp;

            public static class Numbers
            {
                public static IResult GET(int id) => NextResponse.Text("x");

                public static IResult DELETE(
                    Guid id) => NextResponse.Text("x");
            }
            """;
        var run = new TestProject().With("app/api/numbers/[id]/route.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidRouteParameter, DiagnosticSeverity.Error,
            "app/api/numbers/[id]/route.cs", LineOf(source, "Guid id"), "'Numbers.DELETE'", "'System.Guid'", "GET takes [id] as 'int'", "use one type in every verb");
    }
}
