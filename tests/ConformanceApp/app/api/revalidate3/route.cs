using ConformanceApp.Lib;

namespace ConformanceApp.Api;

/// <summary>
/// GET /api/revalidate3: cached for 3 s, then stale-while-revalidate
/// (<c>s-maxage=3, stale-while-revalidate=31535997</c>).
/// </summary>
public static class Revalidate3
{
    public const int Revalidate = 3;

    public static IResult GET() =>
        NextResponse.Json(new { kind = "revalidate-3", t = Oracle.Now(), r = Oracle.RandomId() });
}
