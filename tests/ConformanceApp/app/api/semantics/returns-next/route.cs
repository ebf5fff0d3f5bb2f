namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/returns-next: NextResponse.Next() belongs to middleware; from a handler it is a 500.</summary>
public static class ReturnsNext
{
    public static IResult GET() => NextResponse.Next();
}
