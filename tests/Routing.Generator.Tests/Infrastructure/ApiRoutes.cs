namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>Route files whose signatures and bodies describe their HTTP contract: the OpenAPI tests' app.</summary>
internal static class ApiRoutes
{
    public const string Models = """
        using System.Text.Json.Serialization;

        namespace TestApp.Lib;

        public sealed record Address(string City, string? Zip);

        public sealed record User(int Id, string Name, string? Email, Address[] Addresses, [property: JsonPropertyName("is_admin")] bool IsAdmin, DateTimeOffset Created);

        public sealed record NewUser(string Name);

        public sealed record ApiError(string Error);

        [JsonSerializable(typeof(User))]
        [JsonSerializable(typeof(NewUser))]
        [JsonSerializable(typeof(ApiError))]
        [JsonSerializable(typeof(List<User>))]
        public sealed partial class ApiJson : JsonSerializerContext;
        """;

    public const string Users = """
        using TestApp.Lib;

        namespace TestApp.Api;

        /// <summary>The users of the app.</summary>
        public static class Users
        {
            /// <summary>Lists every user.</summary>
            public static IResult GET() => NextResponse.Json(new List<User>(), ApiJson.Default.ListUser);

            /// <summary>Creates a user from <c>{"name": ...}</c>.</summary>
            public static async Task<IResult> POST(NextRequest request)
            {
                var body = await request.JsonAsync(ApiJson.Default.NewUser);
                if (body is null) return Invalid("a body is required");
                return NextResponse.Json(new User(3, body.Name, null, [], false, DateTimeOffset.UnixEpoch), ApiJson.Default.User, 201);
            }

            private static IResult Invalid(string reason) => NextResponse.Json(new ApiError(reason), ApiJson.Default.ApiError, status: 400);
        }
        """;

    public const string UserById = """
        using Microsoft.AspNetCore.Http.HttpResults;
        using TestApp.Lib;

        namespace TestApp.Api;

        public static class UserById
        {
            /// <summary>One user, by <see cref="User.Id"/>.</summary>
            public static Results<Ok<User>, NotFound> GET(int id) =>
                id == 1 ? TypedResults.Ok(new User(1, "Ada", null, [], true, DateTimeOffset.UnixEpoch)) : TypedResults.NotFound();

            public static IResult DELETE(int id) => id == 1 ? Results.NoContent() : NextResponse.Empty(404);
        }
        """;

    public const string Secret = """
        namespace TestApp.Api;

        public static class Secret
        {
            public const string AuthLevel = "function";

            public static IResult GET(NextRequest request) => NextResponse.Text("secret", status: request.NextUrl.SearchParams.Has("x") ? 202 : 200);
        }
        """;

    public static TestProject App() => TypedRoutes.WithoutFallthrough()
        .With("app/_lib/Models.cs", Models)
        .With("app/api/users/route.cs", Users)
        .With("app/api/users/[id]/route.cs", UserById)
        .With("app/api/secret/route.cs", Secret);
}
