namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>Route files of a small app, like samples/SampleApp, used by several test classes.</summary>
internal static class SampleRoutes
{
    public const string Users = """
        namespace TestApp.Api;

        public static class Users
        {
            public static IResult GET() => NextResponse.Json(new[] { "ada", "linus" });

            public static async Task<IResult> POST(NextRequest request, CancellationToken cancellation)
            {
                await Task.Yield();
                return NextResponse.Text("created", 201);
            }
        }
        """;

    public const string Me = """
        namespace TestApp.Api;

        public static class Me
        {
            public static IResult GET() => NextResponse.Text("me");
        }
        """;

    public const string UserById = """
        namespace TestApp.Api;

        public interface IGreeter { string Greet(string name); }

        public sealed class Greeter : IGreeter { public string Greet(string name) => "hello " + name; }

        public static class UserById
        {
            public static IResult GET(RouteContext context, IGreeter greeter) =>
                NextResponse.Text(greeter.Greet(context.Params["id"]) + " via " + context.FunctionName);

            public static ValueTask<IResult> DELETE(RouteParams @params) =>
                ValueTask.FromResult<IResult>(NextResponse.Empty(204));
        }
        """;

    public const string Files = """
        namespace TestApp.Api;

        public static class Files
        {
            public static IResult GET(RouteParams @params) =>
                NextResponse.Text(string.Join("|", @params.GetAll("path")));
        }
        """;

    public const string Docs = """
        namespace TestApp.Docs;

        public static class DocsPage
        {
            public static IResult GET(RouteParams @params) =>
                NextResponse.Text(@params.ContainsKey("slug") ? "docs: " + string.Join("|", @params.GetAll("slug")) : "docs index");
        }
        """;

    public const string Products = """
        namespace TestApp.Catalog;

        public static class Products
        {
            public const string Dynamic = "force-static";
            public const int Revalidate = 60;

            public static IResult GET(HttpContext context) => NextResponse.Text("products");
        }
        """;

    public const string Private = """
        namespace TestApp.Lib;

        public static class NotARoute
        {
            public static IResult GET() => NextResponse.Text("private");
        }
        """;

    public const string Helper = """
        namespace TestApp.Lib;

        public static class Helper
        {
            public static string Name => "helper";
        }
        """;

    /// <summary>The whole app: seven route files (one private) and a helper.</summary>
    public static TestProject App() => new TestProject()
        .With("app/api/users/route.cs", Users)
        .With("app/api/users/me/route.cs", Me)
        .With("app/api/users/[id]/route.cs", UserById)
        .With("app/api/files/[...path]/route.cs", Files)
        .With("app/docs/[[...slug]]/route.cs", Docs)
        .With("app/(catalog)/api/products/route.cs", Products)
        .With("app/_lib/route.cs", Private)
        .With("app/_lib/Helper.cs", Helper);
}
