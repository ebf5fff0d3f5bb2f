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

    // The cookbook's shape: the value comes from DataCache with a source-generated JsonTypeInfo, which does not bind
    // inside the generator, so the local's type is unknown there; and the query parameters are read from SearchParams.
    public const string Team = """
        using Nextfunc.Caching;
        using TestApp.Lib;

        namespace TestApp.Api;

        public static class Team
        {
            /// <summary>The team, from the data cache.</summary>
            public static async Task<IResult> GET(NextRequest request, DataCache cache, CancellationToken ct)
            {
                var role = request.NextUrl.SearchParams.Get("role");
                var tags = request.NextUrl.SearchParams.GetAll("tag");
                var users = await cache.GetOrCreateAsync(["team", role ?? "", .. tags], _ => Task.FromResult(new List<User>()),
                    new DataCacheOptions { Tags = ["team"] }, ApiJson.Default.ListUser, ct);
                return NextResponse.Json(users);
            }
        }
        """;

    public static TestProject App() => TypedRoutes.WithoutFallthrough()
        .With("app/api/team/route.cs", Team)
        .With("app/_lib/Models.cs", Models)
        .With("app/api/users/route.cs", Users)
        .With("app/api/users/[id]/route.cs", UserById)
        .With("app/api/secret/route.cs", Secret);
}
