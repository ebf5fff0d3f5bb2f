namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// CRLF injection and open redirects through request data the conformance app copies into its answer's
/// headers: the query into a redirect's Location (<c>/about/keepq</c>) and into <c>x-mw-search</c>, the path into
/// <c>x-mw-path</c>, and the path into the slash-normalising 308. Guards that request data reaches a header
/// only percent-encoded (the pathname stays raw, the middleware's search is re-serialised) and that the 308
/// keeps its Location a path on this server, never <c>//other-host</c>.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ResponseHeaderInjectionTests(RunningConformanceApp app) : IClassFixture<RunningConformanceApp>
{
    // Encoded CR/LF pairs, lone CR or LF, and code points whose low bytes are CR/LF (U+560D U+560A,
    // U+010D U+010A) for a server that would truncate characters to bytes.
    public static TheoryData<string> Injections => new()
    {
        "%0d%0aSet-Cookie:%20injected=1", "%0D%0AX-Injected:%201", "%0aX-Injected:1", "%0dX-Injected:1",
        "%0d%0a%0d%0aHTTP/1.1%20200%20OK", "%E5%98%8D%E5%98%8AX-Injected:1", "%C4%8D%C4%8AX-Injected:1", "%250d%250aX-Injected:1",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task QueryCopiedIntoARedirect_CannotAddHeaders(string injection)
    {
        var response = await app.AnswerAsync(RawRequest.Get($"/about/keepq?q={injection}&{injection}=1"));

        Assert.Equal(307, response.Status);
        AssertNotInjected(response);
        Assert.StartsWith("/about/new?", response.Header("location")); // same origin: relative, as next start sends it
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task QueryAndPathCopiedIntoMiddlewareHeaders_CannotAddHeaders(string injection)
    {
        var query = await app.AnswerAsync(RawRequest.Get($"/about/x?{injection}={injection}"));
        var path = await app.AnswerAsync(RawRequest.Get($"/about/{injection}"));

        Assert.Equal(200, query.Status);
        Assert.Equal(200, path.Status);
        AssertNotInjected(query);
        AssertNotInjected(path);
        Assert.Equal($"/about/{injection}", path.Header("x-mw-path"));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example//x/")]
    [InlineData("///evil.example/x/")]
    [InlineData("/%2F/evil.example/")]
    [InlineData("/%5C/evil.example/")]
    [InlineData("//evil.example/%0d%0aX-Injected:1/")]
    [InlineData("/about//%2F%2Fevil.example")]
    public async Task SlashRedirect_StaysOnThisServer(string target)
    {
        var response = await app.AnswerAsync(RawRequest.Get(target));

        AssertNotInjected(response);
        if (response.Header("location") is { } location)
        {
            Assert.StartsWith("/", location);
            Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), $"308 to another host: {location}");
            Assert.Equal("0;url=" + location, response.Header("refresh"));
        }
    }

    private static void AssertNotInjected(RawResponse response)
    {
        Assert.Null(response.Header("x-injected"));
        Assert.Null(response.Header("set-cookie"));
        Assert.DoesNotContain(response.Headers, h => h.Value.Contains('\r') || h.Value.Contains('\n'));
        Assert.DoesNotContain("HTTP/1.1 200", response.Text);
    }
}
