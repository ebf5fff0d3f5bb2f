using BenchApp.Lib;

namespace BenchApp.Mw.Users;

/// <summary>The same dynamic GET, behind the middleware (which adds one header).</summary>
public static class UserById
{
    public static IResult GET(RouteContext context) =>
        NextResponse.Json(BenchPayloads.User(context.Params["id"]), BenchJson.Default.User);
}
