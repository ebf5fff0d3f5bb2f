namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>Route files that take dynamic segments as typed parameters (int, Guid, DateOnly, an enum, catch-alls).</summary>
internal static class TypedRoutes
{
    public const string Orders = """
        namespace TestApp.Shop;

        public enum Size { Small, Large }

        public static class OrderById
        {
            public static IResult GET(int id, RouteContext context) => NextResponse.Text($"order {id + 1} via {context.FunctionName}");

            public static IResult DELETE(int id) => NextResponse.Text($"deleted {id}");
        }
        """;

    public const string Tickets = """
        namespace TestApp.Shop;

        public static class TicketById
        {
            public static IResult GET(Guid ticket) => NextResponse.Text(ticket.ToString("N"));
        }
        """;

    public const string Days = """
        namespace TestApp.Shop;

        public static class Day
        {
            public static IResult GET(DateOnly day, Size size) => NextResponse.Text($"{day:yyyy-MM-dd} {size}");
        }
        """;

    public const string Files = """
        namespace TestApp.Shop;

        public static class Files
        {
            public static IResult GET(string[] path) => NextResponse.Text(path.Length + ":" + string.Join("|", path));
        }
        """;

    public const string Docs = """
        namespace TestApp.Shop;

        public static class Docs
        {
            public static IResult GET(string[]? slug) => NextResponse.Text(slug is null ? "index" : string.Join("|", slug));
        }
        """;

    public const string Fallthrough = """
        namespace TestApp.Shop;

        public static class AnyOrder
        {
            public static IResult GET(string[] rest) => NextResponse.Text("rest " + string.Join("|", rest));
        }
        """;

    public static TestProject App() => WithoutFallthrough().With("app/orders/[...rest]/route.cs", Fallthrough);

    /// <summary>The typed routes without the catch-all beside [id], whose OpenAPI path would be the same as /orders/{id}.</summary>
    public static TestProject WithoutFallthrough() => new TestProject()
        .With("app/orders/[id]/route.cs", Orders)
        .With("app/tickets/[ticket]/route.cs", Tickets)
        .With("app/days/[day]/[size]/route.cs", Days)
        .With("app/files/[...path]/route.cs", Files)
        .With("app/docs/[[...slug]]/route.cs", Docs);
}
