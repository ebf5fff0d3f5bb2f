namespace ConformanceApp.Api;

/// <summary>
/// GET /api/not-response: the oracle returns a plain object instead of a Response (a 500). C# types
/// forbid returning a non-IResult, so the nearest port is a handler that gives the host no response.
/// </summary>
public static class NotResponse
{
    public static IResult? GET() => null;
}
