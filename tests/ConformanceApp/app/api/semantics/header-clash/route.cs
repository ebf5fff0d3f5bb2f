namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/header-clash: sets a header the middleware also sets, and one of its own.</summary>
public static class HeaderClash
{
    public static IResult GET() =>
        NextResponse.Text("clash", headers: new() { ["x-both"] = "from-handler", ["x-only-handler"] = "yes" });
}
