using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>
/// NextResponse.Redirect and Rewrite take absolute URLs only, as Next.js does (<c>new URL(url)</c> must parse without a
/// base): a relative one throws with Next.js's message, so the mistake shows in the log instead of in a broken Location.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class AbsoluteUrlTests
{
    [Theory]
    [InlineData("https://example.com/landing?x=1")]
    [InlineData("http://localhost:3000/about/new")]
    [InlineData("  https://example.com/padded  ")]
    [InlineData("HTTPS://EXAMPLE.COM/")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("custom-scheme:anything")]
    public void AnAbsoluteUrl_IsAccepted(string url)
    {
        Assert.True(AbsoluteUrl.IsAbsolute(url));
        Assert.Equal(url, NextResponse.Redirect(url).Headers.Get("location"));
    }

    [Theory]
    [InlineData("/api/semantics/echo")]
    [InlineData("api/users")]
    [InlineData("//example.com/protocol-relative")]
    [InlineData("?q=1")]
    [InlineData("")]
    [InlineData("http://")]
    [InlineData("1http://example.com")]
    public void ARelativeOrMalformedUrl_ThrowsNextJsMessage(string url)
    {
        var redirect = Assert.Throws<ArgumentException>(() => NextResponse.Redirect(url));
        var rewrite = Assert.Throws<ArgumentException>(() => NextResponse.Rewrite(url));

        Assert.StartsWith($"URL is malformed \"{url}\". Please use only absolute URLs", redirect.Message);
        Assert.Contains("new Uri(request.Url", rewrite.Message);
    }

    [Fact]
    public void ARelativeUri_Throws_AnAbsoluteOneRedirects()
    {
        Assert.Throws<ArgumentException>(() => NextResponse.Redirect(new Uri("/login", UriKind.Relative)));
        Assert.Equal("https://example.com/login", NextResponse.Redirect(new Uri(new Uri("https://example.com/a"), "/login")).Headers.Get("location"));
    }
}
