using BenchApp.Lib;

namespace BenchApp.Api.Users;

/// <summary>A dynamic GET that no middleware matches.</summary>
public static class UserById
{
    public static IResult GET(RouteContext context) =>
        NextResponse.Json(BenchPayloads.User(context.Params["id"]), BenchJson.Default.User);
}
