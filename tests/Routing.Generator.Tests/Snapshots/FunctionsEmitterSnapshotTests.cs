using Nextfunc.Routing.Generator.Tests.Infrastructure;

namespace Nextfunc.Routing.Generator.Tests.Snapshots;

[Trait("Category", "InProcess")]
public class FunctionsEmitterSnapshotTests
{
    [Fact]
    public void Emit_SampleApp_MatchesBaseline()
    {
        var run = SampleRoutes.App().Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedSource);
    }

    [Fact]
    public void Emit_TypedRouteParams_MatchesBaseline()
    {
        var run = TypedRoutes.App().Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedSource);
    }

    [Fact]
    public void EmitOpenApi_ApiRoutes_MatchesBaseline()
    {
        var run = ApiRoutes.App().Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedOpenApi);
    }

    [Fact]
    public void Emit_AppWithoutRoutes_MatchesBaseline()
    {
        var run = new TestProject().With("Program.cs", "namespace TestApp; public static class Nothing { }").Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedSource);
    }

    [Fact]
    public void Emit_ProjectThatIsNotAnApp_EmitsNothing()
    {
        // A test project that references the app gets the package's analyzer too, but not its build settings.
        var run = new TestProject().With("app/api/x/route.cs", "namespace TestApp; public static class X { }").Run(isApp: false);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Emit_RootRouteWithGenerateStaticParams_MatchesBaseline()
    {
        var run = new TestProject()
            .With("app/route.cs", """
                namespace TestApp;

                public static class Home
                {
                    public static IResult GET() => NextResponse.Text("home");
                    public static IResult HEAD() => NextResponse.Empty(200);
                    public static IResult OPTIONS() => NextResponse.Empty(200);
                }
                """)
            .With("app/blog/[slug]/route.cs", """
                namespace TestApp.Blog;

                public static class Post
                {
                    public const bool DynamicParams = false;
                    public const string AuthLevel = "function";

                    public static IEnumerable<RouteParams> GenerateStaticParams() =>
                        [new RouteParams().With("slug", "hello"), new RouteParams().With("slug", "world")];

                    public static IResult GET(RouteContext context) => NextResponse.Text(context.Params["slug"]);
                    public static IResult PUT() => NextResponse.Empty(204);
                    public static IResult PATCH() => NextResponse.Empty(204);
                }
                """)
            .Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedSource);
    }

    [Fact]
    public void Emit_MiddlewareMatcherShapes_MatchesBaseline()
    {
        // Recognised shapes are emitted as CompiledSource calls (plain C#, the same under Native AOT); the rest keep only the regex.
        var run = new TestProject()
            .With("app/api/route.cs", "namespace TestApp; public static class Api { public static IResult GET() => NextResponse.Text(\"ok\"); }")
            .With("middleware.cs", """
                namespace TestApp;

                public static class AppMiddleware
                {
                    public static readonly MiddlewareConfig Config = new()
                    {
                        Matcher =
                        [
                            "/about/:path*",
                            "/blog/:slug",
                            "/((?!api|_next/static|_next/image|favicon.ico).*)",
                            new("/hdr/:path+") { Has = [MatchCondition.Header("x-want-mw")] },
                            "/:locale/shop",
                        ],
                    };

                    public static NextResponse Middleware(NextRequest request) => NextResponse.Next();
                }
                """)
            .Run();

        Assert.Empty(run.Diagnostics);
        Baseline.Verify(run.GeneratedSource);
    }

    [Fact]
    public void Emit_NextConfig_MatchesBaseline()
    {
        // Each rule becomes one call with its pattern compiled at build (basePath in the source, params named), in Next's order.
        var run = new TestProject()
            .With("app/api/[id]/route.cs", "namespace TestApp; public static class Api { public static IResult GET(string id) => NextResponse.Text(id); }")
            .With("next.config.cs", """
                using Nextfunc.Routing.Config;

                namespace TestApp;

                public static class NextConfig
                {
                    public const string BasePath = "/docs";
                    public const bool TrailingSlash = true;

                    public static readonly HeaderRule[] Headers = [new("/api/:path*", [new("x-api", "yes"), new("x-id", ":path*")])];

                    public static readonly RedirectRule[] Redirects =
                    [
                        new("/old/:slug", "/api/:slug") { Permanent = true },
                        new("/v", "/api/:ver") { StatusCode = 302, Has = [MatchCondition.Header("x-ver", "(?<ver>v\\d)")] },
                        new("/outside", "/elsewhere") { Permanent = false, BasePath = false },
                    ];

                    public static readonly RewritePhases Rewrites = new()
                    {
                        BeforeFiles = [new("/bf/:id(\\d+)", "/api/:id")],
                        AfterFiles = [new("/blog/:slug", "/api/blog-:slug?from=blog") { Missing = [MatchCondition.Cookie("preview")] }],
                        Fallback = [new("/proxy/:path*", "https://example.com/:path*")],
                    };
                }
                """)
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        Baseline.Verify(run.GeneratedSource);
    }
}
