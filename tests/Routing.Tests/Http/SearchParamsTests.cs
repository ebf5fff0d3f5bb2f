using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>URLSearchParams semantics (FINDINGS §3, §6).</summary>
[Trait("Category", "InProcess")]
public class SearchParamsTests
{
    [Fact]
    public void Get_ReturnsFirstOfRepeatedKeys_GetAllReturnsEveryValue_PlusAndPercent20AreSpaces()
    {
        var p = new SearchParams("?q=%E2%9C%93&q=second&s=a+b&t=a%20b&empty=");

        Assert.Equal("\u2713", p.Get("q"));
        Assert.Equal(["\u2713", "second"], p.GetAll("q"));
        Assert.Equal("a b", p.Get("s"));
        Assert.Equal("a b", p.Get("t"));
        Assert.Equal("", p.Get("empty"));
        Assert.Null(p.Get("missing"));
    }

    [Theory]
    [InlineData("_next/static=1&s=a%20b", "_next%2Fstatic=1&s=a+b")]
    [InlineData("a=~!'()*", "a=%7E%21%27%28%29*")]
    [InlineData("k=caf%C3%A9", "k=caf%C3%A9")]
    public void ToString_SerialisesAsURLSearchParamsDoes(string raw, string expected) =>
        Assert.Equal(expected, new SearchParams(raw).ToString());

    [Fact]
    public void MiddlewareSeesTheReserialisedSearch_HandlersSeeTheRawQuery()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/x";
        context.Request.QueryString = new QueryString("?_next/static=1&s=a%20b");

        Assert.Equal("?_next%2Fstatic=1&s=a+b", NextRequest.ForMiddleware(context).NextUrl.Search);
        Assert.Equal("?_next/static=1&s=a%20b", new NextRequest(context).NextUrl.Search);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("?", "")]
    public void Search_IsEmptyForNoQueryOrABareQuestionMark(string query, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/x";
        if (query.Length > 0) context.Request.QueryString = new QueryString(query);

        Assert.Equal(expected, new NextRequest(context).NextUrl.Search);
    }

    [Theory]
    [InlineData("a=%ff", "\uFFFD")]
    [InlineData("a=%c0%af", "\uFFFD\uFFFD")]
    [InlineData("a=%e2%9c", "\uFFFD")]
    [InlineData("a=%zz", "%zz")]
    [InlineData("a=%", "%")]
    [InlineData("a=%4", "%4")]
    [InlineData("a=%00", "\0")]
    [InlineData("a=x%2", "x%2")]
    public void Get_DecodesLikeTheUrlencodedParser_NeverFailing(string query, string expected) =>
        Assert.Equal(expected, new SearchParams(query).Get("a"));

    [Fact]
    public void Keys_AreDecodedLikeValues()
    {
        var p = new SearchParams("a+b=1&c%2Bd=2&%=3");

        Assert.Equal(["a b", "c+d", "%"], p.Keys);
    }
}
