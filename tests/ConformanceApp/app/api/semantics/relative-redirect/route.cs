namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/relative-redirect: a relative URL where an absolute one is required (throws: 500).</summary>
public static class RelativeRedirect
{
    public static IResult GET() => NextResponse.Redirect("/api/semantics/echo");
}
