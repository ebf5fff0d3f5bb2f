using System.Threading;

namespace BasePathConformanceApp.Api;

/// <summary>
/// Not in the oracle: GET /api/cached is force-static (a render counter in its body, and the pathname it rendered for);
/// POST /api/cached revalidates it by its path without basePath, as revalidatePath('/api/cached') is written in Next.js.
/// </summary>
public static class Cached
{
    public const string Dynamic = "force-static";

    private static int _renders;

    public static IResult GET(NextRequest request) => NextResponse.Json(new
    {
        render = Interlocked.Increment(ref _renders),
        pathname = request.NextUrl.Pathname,
    });

    public static async Task<IResult> POST(OutputCache cache)
    {
        await cache.RevalidatePathAsync("/api/cached");
        return NextResponse.Json(new { revalidated = true });
    }
}
