using System.Globalization;
using Nextfunc.Routing.Http;
using SampleApp.Lib;

namespace SampleApp.Api.Users;

/// <summary>GET and DELETE /api/users/{id}; HEAD and OPTIONS are automatic.</summary>
/// <remarks>
/// <c>int id</c> is named after the [id] folder: /api/users/abc is a 404 before either method runs (and the
/// Azure function's route is api/users/{id:int}).
/// </remarks>
public static class UserById
{
    /// <summary>One user by id.</summary>
    public static IResult GET(int id, IUserStore users)
    {
        var user = users.Find(Key(id));
        if (user is null) Navigation.NotFound();
        return NextResponse.Json(user, SampleJson.Default.User);
    }

    /// <summary>Deletes a user.</summary>
    public static IResult DELETE(int id, IUserStore users) =>
        users.Remove(Key(id)) ? Results.NoContent() : NextResponse.Empty(404);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
