namespace BenchApp;

/// <summary>Matches only /mw/*: sets one response header and lets the route answer.</summary>
public static class BenchMiddleware
{
    public static readonly MiddlewareConfig Config = new() { Matcher = ["/mw/:path*"] };

    public static NextResponse Middleware(NextRequest request)
    {
        var response = NextResponse.Next();
        response.Headers.Set("x-mw", "1");
        return response;
    }
}
