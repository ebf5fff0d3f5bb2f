using Microsoft.AspNetCore.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenchApp.Lib;

/// <summary>What the dynamic routes return; BareKestrel serializes the same record the same way.</summary>
public sealed record User(string Id, string Name, string Email);

/// <summary>What the force-static route renders once and then serves from the output cache.</summary>
public sealed record Catalog(string Version, string[] Items);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Catalog))]
public sealed partial class BenchJson : JsonSerializerContext;

/// <summary>The payloads, built the same way on both sides of every comparison.</summary>
public static class BenchPayloads
{
    public static User User(string id) => new(id, "User " + id, "user" + id + "@example.com");

    /// <summary>
    /// A user as the baselines write it: serialized first and sent with its Content-Length, which is what
    /// <c>NextResponse.Json</c> puts on the wire (a <c>WriteAsJsonAsync</c> answer would be chunked, other bytes).
    /// </summary>
    public static Task WriteUserAsync(HttpResponse response, string id)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(User(id), BenchJson.Default.User);
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }

    public static Catalog Catalog { get; } = new("1", [.. Enumerable.Range(1, 20).Select(i => "item-" + i)]);
}
