using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>
/// request.nextUrl / request.url as a handler and middleware get them: the request-target read as <c>new URL()</c>
/// reads it (tests/conformance/edge-cases.json, tags query and dot-segments).
/// </summary>
[Trait("Category", "InProcess")]
public sealed class NextUrlTests
{
    // A request as Kestrel hands it over: the raw target byte for byte, Path and QueryString split from it.
    private static HttpContext Request(string target)
    {
        var context = new DefaultHttpContext();
        var q = target.IndexOf('?');
        context.Request.Path = new PathString(q < 0 ? target : target[..q]);
        if (q >= 0) context.Request.QueryString = new QueryString(target[q..]);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        return context;
    }

    [Theory]
    [InlineData("/api/query?a", "?a")]
    [InlineData("/api/query?a=%zz&b=%4", "?a=%zz&b=%4")]
    [InlineData("/api/query?a=1+2;b", "?a=1+2;b")]
    [InlineData("/api/query?a=\"<>`{}|\\^", "?a=%22%3C%3E`{}|\\^")]
    [InlineData("/api/query?q='x'", "?q=%27x%27")]
    [InlineData("/api/query?a=1#frag", "?a=1")]
    [InlineData("/api/query?#frag", "")]
    public void HandlerSearch_IsTheQueryAsSent_WithUrlParsingEscapes(string target, string expected) =>
        Assert.Equal(expected, new NextRequest(Request(target)).NextUrl.Search);

    [Theory]
    [InlineData("/api/query?a", "?a=")]
    [InlineData("/api/query?a=%&b=%zz", "?a=%25&b=%25zz")]
    [InlineData("/api/query?a=%ff", "?a=%EF%BF%BD")]
    [InlineData("/api/query?a=1;b=2", "?a=1%3Bb%3D2")]
    [InlineData("/api/query?a=1#frag", "?a=1")]
    public void MiddlewareSearch_IsReserialised(string target, string expected) =>
        Assert.Equal(expected, NextRequest.ForMiddleware(Request(target)).NextUrl.Search);

    [Fact]
    public void ReadingSearchParams_LeavesSearchAsSent_EditingThemReserialises()
    {
        var url = new NextRequest(Request("/api/query?a&b=%zz")).NextUrl;

        Assert.Equal("", url.SearchParams.Get("a"));
        Assert.Equal("?a&b=%zz", url.Search);

        url.SearchParams.Set("c", "1");
        Assert.Equal("?a=&b=%25zz&c=1", url.Search);
    }

    [Theory]
    [InlineData("/about/x/../keepq", "/about/keepq")]
    [InlineData("/api/users/.", "/api/users/")]
    [InlineData("/api/users/%2E%2e", "/api/")]
    [InlineData("/about/..", "/")]
    [InlineData("/api/users/a\"b", "/api/users/a%22b")]
    [InlineData("/api/users/a{b}<c>`", "/api/users/a%7Bb%7D%3Cc%3E%60")]
    [InlineData("/api/users/a'b|c^d", "/api/users/a'b|c^d")]
    [InlineData("/api/users/a%2Fb", "/api/users/a%2Fb")]
    [InlineData("/api/users/a#b", "/api/users/a")]
    public void Pathname_HasDotSegmentsResolvedAndUrlEscapes_InHandlersAndMiddleware(string target, string expected)
    {
        Assert.Equal(expected, new NextRequest(Request(target)).NextUrl.Pathname);
        Assert.Equal(expected, NextRequest.ForMiddleware(Request(target)).NextUrl.Pathname);
    }
}
