using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nextfunc.Pipeline;
using Nextfunc.Settings;
using Yarp.ReverseProxy.Forwarder;

namespace Nextfunc.Tests.Pipeline;

/// <summary>The rewrite allow-list compares host and port exactly and never lets credentials through.</summary>
[Trait("Category", "InProcess")]
public sealed class RewriteAllowListTests
{
    private static RewriteProxy Proxy(params string[] allowed) => new(
        NSubstitute.Substitute.For<IHttpForwarder>(),
        Options.Create(new NextfuncOptions { Rewrites = new NextfuncRewritesOptions { AllowedHosts = allowed } }),
        NullLogger<RewriteProxy>.Instance);

    [Theory]
    [InlineData("https://api.example.com/x", true)]
    [InlineData("http://api.example.com/x", true)]
    [InlineData("https://API.example.com/x", true)]
    [InlineData("https://api.example.com:8443/x", false)]
    [InlineData("https://api.example.com.evil.test/x", false)]
    [InlineData("https://user:secret@api.example.com/x", false)]
    [InlineData("https://user@api.example.com/x", false)]
    public void Allows_HostEntry_OnlyItsDefaultPortAndNoUserInfo(string target, bool allowed) =>
        Assert.Equal(allowed, Proxy("api.example.com").Allows(new Uri(target)));

    [Theory]
    [InlineData("http://localhost:3001/x", true)]
    [InlineData("http://localhost:3002/x", false)]
    [InlineData("http://localhost/x", false)]
    [InlineData("http://[::1]:8080/x", true)]
    [InlineData("http://[::1]:8081/x", false)]
    public void Allows_HostAndPortEntry_OnlyThatPort(string target, bool allowed) =>
        Assert.Equal(allowed, Proxy("localhost:3001", "[::1]:8080").Allows(new Uri(target)));
}
