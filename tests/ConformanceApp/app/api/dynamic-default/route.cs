using ConformanceApp.Lib;

namespace ConformanceApp.Api;

/// <summary>GET /api/dynamic-default: no segment config, so it runs on every request and is never cached.</summary>
public static class DynamicDefault
{
    public static IResult GET() =>
        NextResponse.Json(new { kind = "dynamic-default", t = Oracle.Now(), r = Oracle.RandomId() });
}
