using ConformanceApp.Lib;

namespace ConformanceApp.Api;

/// <summary>
/// GET /api/static: force-static, so the body is rendered once and served from the output cache
/// (<c>s-maxage=31536000</c>). Next.js renders it without the live request: seenQuery "" and seenHeader null.
/// </summary>
public static class StaticRoute
{
    public const string Dynamic = "force-static";

    public static IResult GET(NextRequest request) => NextResponse.Json(new
    {
        kind = "force-static",
        t = Oracle.Now(),
        r = Oracle.RandomId(),
        seenQuery = request.NextUrl.Search,
        seenHeader = request.Headers.Get("x-custom"),
    });
}
