namespace ConformanceApp.Api;

/// <summary>GET /api/throws: an exception is a 500 with an empty body.</summary>
public static class Throws
{
    public static IResult GET() => throw new InvalidOperationException("boom from handler");
}
