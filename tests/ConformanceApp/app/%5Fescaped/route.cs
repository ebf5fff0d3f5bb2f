namespace ConformanceApp.Escaped;

/// <summary>GET /_escaped: a folder named %5Fescaped serves a URL segment that starts with an underscore.</summary>
public static class EscapedRoute
{
    public static IResult GET() => NextResponse.Json(new { route = "%5Fescaped" });
}
