using Nextfunc.Routing.Http;
using SampleApp.Lib;

namespace SampleApp.Api.Users;

/// <summary>GET /api/users/me: a static segment beats the dynamic [id] beside it.</summary>
public static class CurrentUser
{
    public static IResult GET(IUserStore users) => NextResponse.Json(users.Find("1")!, SampleJson.Default.User);
}
