using Microsoft.AspNetCore.Http;
using Nextfunc.Pipeline;

namespace Nextfunc.Tests.Pipeline;

/// <summary>The origin of the client's URL, from what the Functions host or a trusted proxy passed on.</summary>
[Trait("Category", "InProcess")]
public sealed class ClientOriginTests
{
    private static HttpRequest Request(string host, string scheme = "http", params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
        return context.Request;
    }

    [Fact]
    public void BehindFunctionsHost_ProxiedWithYarpsDefaults_TakesTheForwardedHostAndScheme() =>
        // YARP's HttpTransformer.Default: the worker's loopback authority as Host, X-Forwarded-* set by the host.
        Assert.Equal("https://app.example.com", ClientOrigin.BehindFunctionsHost(Request("localhost:41233", "http",
            ("X-Forwarded-Host", "app.example.com"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.9"))));

    [Fact]
    public void BehindFunctionsHost_HostCopiedThrough_IsTheClientsHost() =>
        // A custom handler with enableForwardingHttpRequest: the client's headers, Host included, copied as they came.
        Assert.Equal("https://app.example.com", ClientOrigin.BehindFunctionsHost(Request("app.example.com", "http", ("X-Forwarded-Proto", "https"))));

    [Fact]
    public void BehindFunctionsHost_PublicHost_IgnoresAForwardedHostTheClientSent() =>
        Assert.Equal("http://app.example.com", ClientOrigin.BehindFunctionsHost(Request("app.example.com", "http", ("X-Forwarded-Host", "evil.test"))));

    [Fact]
    public void BehindFunctionsHost_LoopbackWithoutForwardedHost_IsUnknown() =>
        Assert.Null(ClientOrigin.BehindFunctionsHost(Request("127.0.0.1:7071")));

    [Theory]
    [InlineData("evil.test/path")]
    [InlineData("user@evil.test")]
    [InlineData("")]
    public void Forwarded_MalformedHost_IsRefused(string forwardedHost) =>
        Assert.Null(ClientOrigin.Forwarded(Request("localhost:5000", "http", ("X-Forwarded-Host", forwardedHost))));

    [Fact]
    public void Forwarded_ListOfProtos_TakesTheFirst() =>
        Assert.Equal("https://app.example.com:8443", ClientOrigin.Forwarded(Request("localhost:5000", "http",
            ("X-Forwarded-Host", "app.example.com:8443"), ("X-Forwarded-Proto", "https, http"))));
}
