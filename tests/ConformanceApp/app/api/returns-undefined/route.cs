namespace ConformanceApp.Api;

/// <summary>GET /api/returns-undefined: returning nothing is a 500 with an empty body.</summary>
public static class ReturnsUndefined
{
    public static IResult? GET() => null;
}
