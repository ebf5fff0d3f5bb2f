using ConformanceApp.Lib;

namespace ConformanceApp.Api;

/// <summary>
/// GET /api/tagged-dynamic: a dynamic route whose data is cached under tag <c>tag-b</c>
/// (<c>unstable_cache</c>): the same value until <c>revalidateTag("tag-b")</c>, then fresh at once.
/// </summary>
public static class TaggedDynamic
{
    public static async Task<IResult> GET(CancellationToken ct)
    {
        // TODO(cache): var v = await DataCache.GetOrCreateAsync(["tagged-dynamic-value"], _ => TaggedValue.Create(),
        //   new() { Tags = ["tag-b"] }, OracleJson.Default.TaggedValue, ct);   (Serverless.FunctionsHost.Caching, not merged yet)
        var v = await TaggedValue.Create();
        return NextResponse.Json(new { kind = "tagged-dynamic", t = v.T, r = v.R });
    }
}
