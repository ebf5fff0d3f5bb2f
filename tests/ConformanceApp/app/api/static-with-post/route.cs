using ConformanceApp.Lib;

namespace ConformanceApp.Api;

/// <summary>
/// /api/static-with-post: force-static beside a POST. Deliberate divergence (FINDINGS §8): the GET
/// stays cached, the POST is never cached; Next.js 15.3.4 makes the whole route dynamic.
/// </summary>
public static class StaticWithPost
{
    public const string Dynamic = "force-static";

    public static IResult GET() =>
        NextResponse.Json(new { kind = "force-static+post:GET", t = Oracle.Now(), r = Oracle.RandomId() });

    public static IResult POST() =>
        NextResponse.Json(new { kind = "force-static+post:POST", t = Oracle.Now(), r = Oracle.RandomId() });
}
