using SampleApp.Lib;
using Serverless.Routing.Functions;
using Serverless.Routing.Http;

namespace SampleApp.Api.Users;

/// <summary>GET and DELETE /api/users/{id}; HEAD and OPTIONS are automatic.</summary>
public static class UserById
{
    public static IResult GET(RouteContext context, IUserStore users)
    {
        var user = users.Find(context.Params["id"]);
        if (user is null) Navigation.NotFound();
        return NextResponse.Json(user, SampleJson.Default.User);
    }

    public static IResult DELETE(RouteContext context, IUserStore users) =>
        users.Remove(context.Params["id"]) ? Results.NoContent() : NextResponse.Empty(404);
}
