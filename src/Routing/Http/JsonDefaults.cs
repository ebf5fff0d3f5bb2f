using System.Text.Encodings.Web;
using System.Text.Json;

namespace Nextfunc.Routing.Http;

/// <summary>The JSON options behind <c>NextResponse.Json</c>: camelCase, like <c>JSON.stringify</c> of a JS object literal.</summary>
internal static class JsonDefaults
{
    /// <summary>Web defaults (camelCase names) with relaxed escaping so non-ASCII text stays readable, as in JavaScript.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
