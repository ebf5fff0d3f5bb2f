using System.Text;

namespace ConformanceApp.Api;

/// <summary>GET /api/stream: a body written chunk by chunk as it is produced.</summary>
public static class StreamRoute
{
    public static IResult GET() => NextResponse.Stream(async (body, ct) =>
    {
        foreach (var part in new[] { "one,", "two,", "three" })
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes(part), ct);
            await body.FlushAsync(ct); // send each part now, as the ReadableStream enqueue does
            await Task.Delay(10, ct);
        }
    }, "text/plain; charset=utf-8");
}
