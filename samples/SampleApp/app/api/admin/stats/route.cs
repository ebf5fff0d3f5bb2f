using SampleApp.Lib;

namespace SampleApp.Api.Admin;

/// <summary>GET /api/admin/stats: how many users there are. A function key opens it (the Functions host checks it).</summary>
public static class AdminStats
{
    /// <summary>Behind the Functions host the host checks the key; standalone, Nextfunc__Keys__Function does (or nothing, and the start-up log says so).</summary>
    public const string AuthLevel = "function";

    /// <summary>The user count.</summary>
    public static IResult GET(IUserStore users) =>
        NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["users"] = users.All().Count });
}
