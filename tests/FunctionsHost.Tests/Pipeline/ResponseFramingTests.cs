using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// How a response body goes on the wire: a body known in full (JSON, text) with its Content-Length, as a bare
/// endpoint sends it; a stream chunked as it is produced; HEAD without either.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ResponseFramingTests : IAsyncLifetime
{
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/json", null, (HttpVerb.GET, _ => new(NextResponse.Json(new System.Text.Json.Nodes.JsonObject { ["id"] = "42" })))),
        Route("/own-length", null, (HttpVerb.GET, _ => new(NextResponse.Text("abc", headers: new() { ["content-length"] = "3" })))),
        Route("/stream", null, (HttpVerb.GET, _ => new(NextResponse.Stream((s, ct) => s.WriteAsync("abc"u8.ToArray(), ct).AsTask(), "text/plain")))),
    ]));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_json_body_is_sent_with_its_length_not_chunked()
    {
        var response = await _app.Client.GetAsync("/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"id\":\"42\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal(11, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task A_length_the_handler_set_itself_is_kept()
    {
        var response = await _app.Client.GetAsync("/own-length");

        Assert.Equal(3, response.Content.Headers.ContentLength);
        Assert.Equal("abc", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stream_is_chunked()
    {
        var response = await _app.Client.GetAsync("/stream");

        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Equal("abc", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HEAD_through_GET_has_no_body_and_no_length()
    {
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }
}
