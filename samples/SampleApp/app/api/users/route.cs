using SampleApp.Lib;
using Serverless.Routing.Http;

namespace SampleApp.Api.Users;

/// <summary>GET /api/users lists users; POST /api/users creates one (the service comes from DI).</summary>
public static class UsersCollection
{
    public static IResult GET(IUserStore users) => NextResponse.Json(users.All(), SampleJson.Default.IReadOnlyListUser);

    public static async Task<IResult> POST(NextRequest request, IUserStore users)
    {
        var body = await request.JsonAsync(SampleJson.Default.NewUser);
        if (string.IsNullOrWhiteSpace(body?.Name))
            return NextResponse.Text("name is required", 400);
        var user = users.Add(body.Name);
        return NextResponse.Json(user, SampleJson.Default.User, 201, new() { ["location"] = $"/api/users/{user.Id}" });
    }
}
