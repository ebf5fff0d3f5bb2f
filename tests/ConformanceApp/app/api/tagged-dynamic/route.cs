using ConformanceApp.Lib;
using Nextfunc.Caching;

namespace ConformanceApp.Api;

/// <summary>
/// GET /api/tagged-dynamic: a dynamic route whose data is cached under tag <c>tag-b</c>
/// (<c>unstable_cache</c>): the same value until <c>revalidateTag("tag-b")</c>, then fresh at once.
/// </summary>
public static class TaggedDynamic
{
    public static async Task<IResult> GET(DataCache data, CancellationToken ct)
    {
        var v = await data.GetOrCreateAsync(["tagged-dynamic-value"], _ => TaggedValue.Create(),
            new() { Tags = ["tag-b"] }, OracleJson.Default.TaggedValue, ct);
        return NextResponse.Json(new { kind = "tagged-dynamic", t = v.T, r = v.R });
    }
}
