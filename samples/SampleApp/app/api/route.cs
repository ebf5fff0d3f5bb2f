using Nextfunc.Routing.Http;

namespace SampleApp.Api;

/// <summary>GET /api: a plain-text health check.</summary>
public static class ApiRoot
{
    public static IResult GET() => NextResponse.Text("ok");
}
