using ConformanceApp.Lib;
using Nextfunc.Caching;

namespace ConformanceApp.Api;

/// <summary>
/// GET /api/tagged: force-static, and its data comes from the data cache under tag <c>tag-a</c>,
/// so <c>revalidateTag("tag-a")</c> makes the next GET fresh (FINDINGS §8 divergence).
/// </summary>
public static class Tagged
{
    public const string Dynamic = "force-static";

    public static async Task<IResult> GET(DataCache data, CancellationToken ct)
    {
        var v = await data.GetOrCreateAsync(["tagged-value"], _ => TaggedValue.Create(),
            new() { Tags = ["tag-a"] }, OracleJson.Default.TaggedValue, ct);
        return NextResponse.Json(new { kind = "tagged", t = v.T, r = v.R });
    }
}
