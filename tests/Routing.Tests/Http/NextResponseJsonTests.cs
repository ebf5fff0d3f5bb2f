using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>
/// NextResponse.Json with a JSON tree binds to the AOT-safe JsonNode overload (the reflection-based
/// generic one has the lowest overload priority) and writes the same text the reflection path would.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class NextResponseJsonTests
{
    [Fact]
    public async Task A_json_object_is_written_with_the_relaxed_web_defaults()
    {
        var body = await BodyOf(NextResponse.Json(new JsonObject { ["name"] = "Zoë <3", ["tags"] = new JsonArray("a", "b") }, 201));

        Assert.Equal("""{"name":"Zoë <3","tags":["a","b"]}""", body.Text);
        Assert.Equal(201, body.Status);
        Assert.Equal("application/json", body.ContentType);
    }

    [Fact]
    public async Task A_json_tree_and_an_anonymous_object_give_the_same_text()
    {
        var tree = await BodyOf(NextResponse.Json(new JsonObject { ["userName"] = "Zoë", ["n"] = 1.5 }));
#pragma warning disable IL2026, IL3050 // the reflection-based overload, on purpose
        var reflected = await BodyOf(NextResponse.Json(new { UserName = "Zoë", N = 1.5 }));
#pragma warning restore IL2026, IL3050

        Assert.Equal(reflected.Text, tree.Text);
    }

    [Fact]
    public async Task A_null_tree_is_json_null() =>
        Assert.Equal("null", (await BodyOf(NextResponse.Json((JsonNode?)null))).Text);

    private static async Task<(int Status, string? ContentType, string Text)> BodyOf(NextResponse response)
    {
        var context = new DefaultHttpContext();
        var stream = new MemoryStream();
        context.Response.Body = stream;
        await response.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
