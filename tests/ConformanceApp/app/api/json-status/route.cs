namespace ConformanceApp.Api;

/// <summary>/api/json-status: a custom status, headers (a user Cache-Control included) and a reason phrase.</summary>
public static class JsonStatus
{
    public static IResult GET() => NextResponse.Json(new { created = true, n = 1 }, 201, new()
    {
        ["x-custom"] = "abc",
        ["cache-control"] = "no-store, max-age=0",
    });

    public static IResult POST()
    {
        var res = NextResponse.Json(new { error = "teapot" }, 418);
        res.StatusText = "I am a teapot";
        return res;
    }
}
