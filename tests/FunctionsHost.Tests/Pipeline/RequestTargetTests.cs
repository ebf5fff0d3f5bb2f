using System.Net.Sockets;
using System.Text;
using Nextfunc.Tests.Middleware.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Pipeline;

/// <summary>
/// Request-targets only a raw client sends (HttpClient escapes them): a control character is refused as Node's
/// parser refuses it; a "#" fragment is not part of the path or query (tests/conformance/edge-cases.json).
/// </summary>
[Trait("Category", "Functional")]
public sealed class RequestTargetTests : IAsyncLifetime
{
    private readonly TestMiddleware _middleware = ScenarioApp.Middleware();
    private AppUnderTest _app = null!;

    public async Task InitializeAsync() => _app = await AppUnderTest.StartAsync(ScenarioApp.Manifest(_middleware));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/users/a\tb")]
    [InlineData("/api/echo?a=b\tc")]
    [InlineData("/api/echo?a=\u0001")]
    [InlineData("/api/echo?a=\u007f")]
    public async Task AControlCharacterInTheTarget_Is400_BeforeMiddleware(string target)
    {
        var response = await SendRawAsync(target);

        Assert.StartsWith("HTTP/1.1 400 ", response);
        Assert.EndsWith("\r\n\r\n", response); // no body
        Assert.Empty(_middleware.Runs);
    }

    [Theory]
    [InlineData("/api/users/a#b", "\"id\":\"a\"")]
    [InlineData("/api/echo?a=1#frag", "\"search\":\"?a=1\"")]
    public async Task AFragmentInTheTarget_IsNotPartOfPathOrQuery(string target, string expected)
    {
        var response = await SendRawAsync(target);

        Assert.StartsWith("HTTP/1.1 200 ", response);
        Assert.Contains(expected, response);
    }

    private async Task<string> SendRawAsync(string target)
    {
        var address = _app.Client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
