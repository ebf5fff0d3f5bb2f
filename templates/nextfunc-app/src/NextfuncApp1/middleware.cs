namespace NextfuncApp1;

/// <summary>Runs before every /api route (the matcher is compiled at build time) and tags the response.</summary>
public static class AppMiddleware
{
    public static readonly MiddlewareConfig Config = new() { Matcher = ["/api/:path*"] };

    public static NextResponse Middleware(NextRequest request)
    {
        var response = NextResponse.Next();
        response.Headers.Set("x-powered-by", "Nextfunc");
        return response;
    }
}
