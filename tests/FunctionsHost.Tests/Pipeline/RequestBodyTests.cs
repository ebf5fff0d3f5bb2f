using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// A body the client got wrong is the client's fault: 400 (413 over the limit) with <c>{"error": …}</c> that
/// says what was wrong without echoing the input, and no handler failure logged. Next.js answers these with
/// 500 (a listed divergence). A client that goes away is not a failure either.
/// </summary>
[Trait("Category", "Functional")]
public sealed class RequestBodyTests : IAsyncLifetime
{
    private readonly LogSink _logs = new();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(Manifest(
    [
        Route("/json", null, (HttpVerb.POST, async i => NextResponse.Json(await i.Request.JsonAsync()))),
        Route("/typed", null, (HttpVerb.POST, async i => NextResponse.Text((await i.Request.JsonAsync(BodyJson.Default.Order))?.Sku ?? ""))),
        Route("/form", null, (HttpVerb.POST, async i => NextResponse.Text((await i.Request.FormDataAsync()).Get("name") ?? ""))),
        Route("/text", null, (HttpVerb.POST, async i => NextResponse.Text(await i.Request.TextAsync()))),
        Route("/own-answer", null, (HttpVerb.POST, async i =>
        {
            try { await i.Request.JsonAsync(); return NextResponse.Text("ok"); }
            catch (RequestBodyException) { return NextResponse.Text("please send JSON", 422); }
        })),
        Route("/slow", null, (HttpVerb.GET, async i => { await Task.Delay(TimeSpan.FromSeconds(30), i.Aborted); return NextResponse.Text("late"); })),
    ]), b =>
    {
        b.Configuration["Nextfunc:MaxRequestBodySize"] = "1000";
        b.Logging.AddProvider(_logs);
        b.Configuration["Logging:LogLevel:Nextfunc"] = "Debug"; // the aborted line is a debug one
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/json", "{\"name\": \"Ada\"", "application/json", "not valid JSON")]
    [InlineData("/json", "", "application/json", "not valid JSON")]
    [InlineData("/json", "{\"secret\": \"\u00ff\"", "application/json", "not valid JSON")]
    [InlineData("/typed", "{\"sku\": 1}", "application/json", "at $.sku")]
    [InlineData("/form", "name=Ada", "text/plain", "not a form")]
    [InlineData("/form", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda", "multipart/form-data", "not a valid form")]
    [InlineData("/form", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda", "multipart/form-data; boundary=x", "ended before the form was complete")]
    public async Task AMalformedBody_Is400_SayingWhatWasWrong_WithoutEchoingIt(string path, string body, string contentType, string reason)
    {
        var response = await _app.Client.PostAsync(path, new StringContent(body, Encoding.UTF8).WithType(contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"];
        Assert.Contains(reason, error);
        Assert.DoesNotContain("Ada", error);
        Assert.DoesNotContain("secret", error);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task AJsonStringWithALoneSurrogate_Is400_NotA500WhenTheHandlerWritesItOut()
    {
        var response = await _app.Client.PostAsync("/json", new StringContent("{\"name\":\"\\ud800\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task Text_IsUtf8Only_AUtf16ByteOrderMarkIsNotObeyed()
    {
        // FF FE is a UTF-16 BOM; as TextDecoder("utf-8"), the bytes are read as UTF-8 (invalid ones as U+FFFD).
        var response = await _app.Client.PostAsync("/text", new ByteArrayContent([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]));

        Assert.Equal("\uFFFD\uFFFDA\0B\0", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400()
    {
        var response = await _app.Client.PostAsync("/json", new StringContent(new string('[', 500), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheConfiguredLimit_Is413()
    {
        var response = await _app.Client.PostAsync("/text", new StringContent(new string('a', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request body is larger than the limit of 1000 bytes.", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task ALimitThatIsNotANumberOfBytes_StopsTheStartWithTheFix()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            AppUnderTest.StartAsync(Manifest([Route("/text", null, (HttpVerb.POST, _ => new(NextResponse.Text("ok"))))]),
                b => b.Configuration["Nextfunc:MaxRequestBodySize"] = "10MB"));

        Assert.Contains("Nextfunc:MaxRequestBodySize is '10MB'", error.Message);
        Assert.Contains("Nextfunc__MaxRequestBodySize=10485760", error.Message);
    }

    [Fact]
    public async Task AHandlerThatCatchesTheError_AnswersItself()
    {
        var response = await _app.Client.PostAsync("/own-answer", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("please send JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AValidBody_StillReachesTheHandler()
    {
        var response = await _app.Client.PostAsync("/typed", new StringContent("{\"sku\": \"A-1\"}", Encoding.UTF8, "application/json"));

        Assert.Equal("A-1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AClientThatGoesAway_IsLoggedOnceAtDebugAsAborted_NotAsAFailure()
    {
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _app.Client.GetAsync("/slow", cancel.Token));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_logs.Entries.Any(e => e.Message.Contains("aborted by the client")) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var aborted = Assert.Single(_logs.Entries, e => e.Message.Contains("aborted by the client"));
        Assert.Equal(LogLevel.Debug, aborted.Level);
        Assert.Null(aborted.Exception);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("-> 500"));
    }
}

public sealed record Order(string Sku);

[JsonSerializable(typeof(Order))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
public sealed partial class BodyJson : JsonSerializerContext;

internal static class ContentTypeExtensions
{
    // StringContent validates media types; a multipart type without its boundary has to be set raw.
    public static StringContent WithType(this StringContent content, string contentType)
    {
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
