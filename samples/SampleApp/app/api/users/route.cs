using Nextfunc.Routing.Http;
using SampleApp.Lib;

namespace SampleApp.Api.Users;

/// <summary>GET /api/users lists users; POST /api/users creates one (the service comes from DI).</summary>
public static class UsersCollection
{
    public static IResult GET(IUserStore users) => NextResponse.Json(users.All(), SampleJson.Default.IReadOnlyListUser);

    // A body that is not JSON, or not a NewUser, never gets here: the pipeline answers 400 with
    // {"error": "..."} (413 over Nextfunc:MaxRequestBodySize). What is left to check is what the app means.
    public static async Task<IResult> POST(NextRequest request, IUserStore users)
    {
        var body = await request.JsonAsync(SampleJson.Default.NewUser);
        if (string.IsNullOrWhiteSpace(body?.Name))
            return Invalid("name is required");
        if (body.Name.Length > 100)
            return Invalid("name must be at most 100 characters");
        var user = users.Add(body.Name.Trim());
        // request.Url is the client's URL (behind the Functions host too), so the link points where the client can follow it.
        return NextResponse.Json(user, SampleJson.Default.User, 201, new() { ["location"] = new Uri(request.Url, $"/api/users/{user.Id}").AbsoluteUri });
    }

    // The same shape the pipeline uses for a malformed body, so clients handle one kind of 400.
    private static IResult Invalid(string reason) => NextResponse.Json(new ApiError(reason), SampleJson.Default.ApiError, 400);
}
