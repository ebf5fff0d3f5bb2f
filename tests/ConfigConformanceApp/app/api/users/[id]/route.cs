namespace ConfigConformanceApp.Api.Users;

/// <summary>GET /api/users/{id}: params decoded once, pathname still encoded.</summary>
public static class UserById
{
    public static IResult GET(NextRequest request, RouteContext context) => NextResponse.Json(new
    {
        route = "users/[id]",
        @params = context.Params,
        // Next.js 15 hands params over as a Promise; the adapter resolves them before the call,
        // so the port reports what the oracle observes.
        paramsIsPromise = true,
        pathname = request.NextUrl.Pathname,
    });
}
