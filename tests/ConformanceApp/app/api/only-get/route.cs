namespace ConformanceApp.Api;

/// <summary>/api/only-get: only GET exported, so other verbs 405 and HEAD / OPTIONS are automatic.</summary>
public static class OnlyGet
{
    public static IResult GET() =>
        NextResponse.Json(new { method = "GET", route = "only-get" }, headers: new() { ["x-handler"] = "only-get" });
}
