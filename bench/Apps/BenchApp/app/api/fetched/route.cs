namespace BenchApp.Api;

/// <summary>A dynamic GET whose data comes from another service through the fetch cache (a hit after the first call).</summary>
public static class Fetched
{
    public static async Task<IResult> GET(IHttpClientFactory clients, CancellationToken ct) =>
        NextResponse.Text(await clients.CreateClient("upstream").GetStringAsync("api/users/7", ct), contentType: "application/json");
}
