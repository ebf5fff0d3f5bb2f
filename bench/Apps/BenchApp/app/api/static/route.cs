using BenchApp.Lib;

namespace BenchApp.Api;

/// <summary>Rendered once, then served from the output cache (L1 hit) with an ETag.</summary>
public static class Static
{
    public const string Dynamic = "force-static";

    public static IResult GET() => NextResponse.Json(BenchPayloads.Catalog, BenchJson.Default.Catalog);
}
