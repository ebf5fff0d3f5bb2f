using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using static Nextfunc.Routing.Generator.Tests.Infrastructure.SourceLines;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>middleware.cs is validated and its matcher compiled at build time (NXF010–NXF012).</summary>
[Trait("Category", "InProcess")]
public class MiddlewareDiagnosticsTests
{
    private static string Middleware(string matcher) => $$"""
        namespace TestApp;

        public static class AppMiddleware
        {
            public static readonly MiddlewareConfig Config = new()
            {
                Matcher = [{{matcher}}],
            };

            public static NextResponse Middleware(NextRequest request) => NextResponse.Next();
        }
        """;

    [Fact]
    public void ValidMatcher_CompilesWithoutDiagnostics_AndEmitsTheRegex()
    {
        var run = new TestProject().With("middleware.cs", Middleware("""
            "/about/:path*", new("/hdr/:path*") { Has = [MatchCondition.Header("x-want-mw")] }
            """)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        Assert.Contains("app.Matcher(\"/hdr/:path*\"", run.GeneratedSource);
        Assert.Contains("// /hdr/:path*", run.GeneratedSource);
    }

    [Theory]
    [InlineData("\"/about/(\"", "Unbalanced pattern")]
    [InlineData("\"about\"", "must start with /")]
    [InlineData("new(\"/q\") { Has = [MatchCondition.Query(\"run\", \"(\")] }", "'/q'")]
    public void Sls010_InvalidPattern_IsAnErrorNamingThePatternFileAndLine(string matcher, string reason)
    {
        var source = Middleware(matcher);
        var run = new TestProject().With("middleware.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidMatcher, DiagnosticSeverity.Error,
            "middleware.cs", LineOf(source, "Matcher ="), reason);
    }

    [Fact]
    public void Sls010_NonLiteralMatcher_IsAnErrorSayingToUseLiterals()
    {
        var source = Middleware("Paths.Api").Replace("namespace TestApp;", "namespace TestApp;\npublic static class Paths { public static string Api = \"/api\"; }");
        var run = new TestProject().With("middleware.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidMatcher, DiagnosticSeverity.Error,
            "middleware.cs", LineOf(source, "Matcher ="), "literal");
    }

    [Fact]
    public void Sls011_SecondMiddlewareFile_IsAnError()
    {
        var run = new TestProject()
            .With("middleware.cs", Middleware("\"/a\""))
            .With("src/middleware.cs", Middleware("\"/b\"").Replace("AppMiddleware", "OtherMiddleware"))
            .Run();

        var diagnostic = Assert.Single(run.DiagnosticsWithId(DiagnosticIds.DuplicateMiddleware));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("src/middleware.cs", diagnostic.GetMessage());
        Assert.Contains("merge them", diagnostic.GetMessage());
    }

    [Fact]
    public void Sls012_MiddlewareWithWrongSignature_IsAnError()
    {
        var source = Middleware("\"/a\"").Replace("NextResponse Middleware(NextRequest request)", "string Middleware(NextRequest request)").Replace("=> NextResponse.Next();", "=> \"no\";");
        var run = new TestProject().With("middleware.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidMiddleware, DiagnosticSeverity.Error,
            "middleware.cs", LineOf(source, "string Middleware"), "public static NextResponse? Middleware(NextRequest request)");
    }
}
