using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using static Nextfunc.Routing.Generator.Tests.Infrastructure.SourceLines;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>
/// next.config.cs is read and compiled at build time: a valid file emits its rules; every entry next build refuses is
/// NXF016 at the entry's line with Next.js's reason (the reasons are those of next@15.3.4's config checks).
/// </summary>
[Trait("Category", "InProcess")]
public class NextConfigDiagnosticsTests
{
    private static string Config(string members) => $$"""
        using Nextfunc.Routing.Config;

        namespace TestApp;

        public static class NextConfig
        {
        {{members}}
        }
        """;

    [Fact]
    public void ValidConfig_CompilesWithoutDiagnostics_AndEmitsEveryRule()
    {
        var run = new TestProject().With("next.config.cs", Config("""
                public const string BasePath = "/docs";
                public static readonly HeaderRule[] Headers = [new("/api/:path*", [new("x-api", "yes")])];
                public static readonly RedirectRule[] Redirects = [new("/old/:slug", "/new/:slug") { Permanent = true }];
                public static readonly RewritePhases Rewrites = new()
                {
                    BeforeFiles = [new("/bf/:path*", "/api/:path*")],
                    Fallback = [new("/fb/:x", "https://example.com/:x") { Has = [MatchCondition.Query("q")] }],
                };
            """)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        Assert.Contains("basePath: \"/docs\"", run.GeneratedSource);
        Assert.Contains("app.ConfigHeader(\"/docs/api/:path*\"", run.GeneratedSource);
        Assert.Contains("app.ConfigRedirect(\"/docs/old/:slug\"", run.GeneratedSource);
        Assert.Contains("\"/docs/new/:slug\", 308)", run.GeneratedSource);
        Assert.Contains("app.ConfigRewrite(\"beforeFiles\", \"/docs/bf/:path*\"", run.GeneratedSource);
        Assert.Contains("app.ConfigRewrite(\"fallback\"", run.GeneratedSource);
        Assert.Contains(".Has(global::Nextfunc.Routing.Middleware.Patterns.MatchConditionType.Query, \"q\"", run.GeneratedSource);
    }

    [Fact]
    public void APlainRewriteList_IsAfterFiles()
    {
        var run = new TestProject().With("next.config.cs", Config("""
                public static readonly RewriteRule[] Rewrites = [new("/a", "/b")];
            """)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("app.ConfigRewrite(\"afterFiles\", \"/a\"", run.GeneratedSource);
    }

    [Theory]
    [InlineData("""new("old/:slug", "/new") { Permanent = true }""", "`source` does not start with /")]
    [InlineData("""new("/a", "b") { Permanent = true }""", "`destination` does not start with `/`, `http://`, or `https://`")]
    [InlineData("""new("/a", "/b")""", "`permanent` is not set to `true` or `false`")]
    [InlineData("""new("/a", "/b") { Permanent = true, StatusCode = 301 }""", "`permanent` and `statusCode` can not both be provided")]
    [InlineData("""new("/a", "/b") { StatusCode = 404 }""", "`statusCode` is not undefined or valid statusCode")]
    [InlineData("""new("/docs/:page", "/help/:section") { Permanent = false }""", "`destination` has segments not in `source` or `has` (section)")]
    [InlineData("""new("/a/:id(\\d+", "/b") { Permanent = false }""", "`source` parse failed")]
    public void Nxf016_ARedirectNextRefuses_IsAnErrorAtItsLine_WithNextsReason(string rule, string reason)
    {
        var source = Config($$"""
                public static readonly RedirectRule[] Redirects =
                [
                    {{rule}},
                ];
            """);
        var run = new TestProject().With("next.config.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidNextConfig, DiagnosticSeverity.Error, "next.config.cs", LineOf(source, rule), reason);
    }

    [Fact]
    public void Nxf016_AParamCapturedByAHasCondition_MayBeUsedInTheDestination()
    {
        var run = new TestProject().With("next.config.cs", Config("""
                public static readonly RedirectRule[] Redirects =
                [
                    new("/v", "/api/:ver") { Permanent = false, Has = [MatchCondition.Header("x-ver", "(?<ver>v\\d)")] },
                ];
            """)).Run();

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("docs", "Specified basePath has to start with a /")]
    [InlineData("/docs/", "Specified basePath should not end with /")]
    public void Nxf016_ABasePathNextRefuses_IsAnError(string basePath, string reason)
    {
        var source = Config($"""    public const string BasePath = "{basePath}";""");
        var run = new TestProject().With("next.config.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidNextConfig, DiagnosticSeverity.Error, "next.config.cs", LineOf(source, "BasePath ="), reason);
    }

    [Fact]
    public void Nxf016_ALocalRewriteOutsideTheBasePath_IsAnError()
    {
        var source = Config("""
                public const string BasePath = "/docs";
                public static readonly RewriteRule[] Rewrites = [new("/out", "/elsewhere") { BasePath = false }];
            """);
        var run = new TestProject().With("next.config.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidNextConfig, DiagnosticSeverity.Error, "next.config.cs", LineOf(source, "Rewrites ="),
            "rewrites urls outside of the basePath");
    }

    [Fact]
    public void Nxf016_ANonLiteralEntry_IsAnErrorSayingToUseLiterals()
    {
        var source = Config("""
                private static string Target() => "/b";
                public static readonly RewriteRule[] Rewrites = [new("/a", Target())];
            """);
        var run = new TestProject().With("next.config.cs", source).Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidNextConfig, DiagnosticSeverity.Error, "next.config.cs", LineOf(source, "Rewrites ="), "literal");
    }

    [Fact]
    public void Nxf016_AFileWithoutAStaticClass_IsAnError()
    {
        var run = new TestProject().With("next.config.cs", "namespace TestApp;\npublic class NotStatic { }\n").Run();

        DiagnosticAssert.Single(run, DiagnosticIds.InvalidNextConfig, DiagnosticSeverity.Error, "next.config.cs", 1, "declares no static class");
    }

    [Fact]
    public void Nxf016_ASecondConfigFile_IsAnErrorSayingToMergeThem()
    {
        var run = new TestProject()
            .With("next.config.cs", Config("    public const bool TrailingSlash = true;"))
            .With("src/next.config.cs", Config("    public const bool TrailingSlash = false;").Replace("NextConfig", "OtherConfig"))
            .Run();

        var diagnostic = Assert.Single(run.DiagnosticsWithId(DiagnosticIds.InvalidNextConfig));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("src/next.config.cs", diagnostic.GetMessage());
        Assert.Contains("merge them", diagnostic.GetMessage());
    }
}
