namespace ConformanceApp.Api;

/// <summary>/api/all-methods: every standard verb exported explicitly, including HEAD and OPTIONS.</summary>
public static class AllMethods
{
    public static IResult GET(NextRequest request) =>
        NextResponse.Json(new { method = "GET", path = request.NextUrl.Pathname }, headers: new() { ["x-method"] = "GET" });

    public static async Task<IResult> POST(NextRequest request) =>
        NextResponse.Json(new { method = "POST", bodyText = await request.TextAsync() }, 201, new() { ["x-method"] = "POST" });

    public static async Task<IResult> PUT(NextRequest request) =>
        NextResponse.Json(new { method = "PUT", bodyText = await request.TextAsync() }, headers: new() { ["x-method"] = "PUT" });

    public static async Task<IResult> PATCH(NextRequest request) =>
        NextResponse.Json(new { method = "PATCH", bodyText = await request.TextAsync() }, headers: new() { ["x-method"] = "PATCH" });

    public static IResult DELETE() => NextResponse.Empty(204, new() { ["x-method"] = "DELETE" });

    public static IResult HEAD() => NextResponse.Empty(200, new() { ["x-method"] = "HEAD", ["x-explicit-head"] = "yes" });

    // An exported OPTIONS replaces the automatic one, Allow header and all.
    public static IResult OPTIONS() => NextResponse.Empty(200, new()
    {
        ["x-method"] = "OPTIONS",
        ["allow"] = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, X-CUSTOM",
        ["access-control-allow-origin"] = "*",
    });
}
