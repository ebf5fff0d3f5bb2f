using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>The Cookie header as Next.js's request.cookies and cookies() read it (tests/conformance/edge-cases.json, tag cookies).</summary>
[Trait("Category", "InProcess")]
public sealed class RequestCookiesTests
{
    private static RequestCookies Parse(params string[] headerLines) => new(headerLines);

    private static string? Value(string header, string name) => Parse(header).Get(name)?.Value;

    [Fact]
    public void ANameGivenTwice_KeepsItsFirstPlace_AndTakesTheLastValue()
    {
        var cookies = Parse("b=1; a=2; b=3");

        Assert.Equal(["b", "a"], cookies.Select(c => c.Name));
        Assert.Equal("3", cookies.Get("b")?.Value);
    }

    [Theory]
    [InlineData("a=%zz")]
    [InlineData("a=%")]
    [InlineData("a=%ff")]
    [InlineData("a=%c0%af")]
    public void AValueThatDoesNotDecode_DropsTheCookie(string header) =>
        Assert.False(Parse(header).Has("a"));

    [Theory]
    [InlineData("a=1; a=%zz", "1")]
    [InlineData("a=%zz; a=1", "1")]
    public void AnUndecodableRepeat_LeavesTheOtherValue(string header, string expected) =>
        Assert.Equal(expected, Value(header, "a"));

    [Theory]
    [InlineData("a=\"quoted\"", "\"quoted\"")]
    [InlineData("a=\"\"", "\"\"")]
    [InlineData("a=\"%20\"", "\" \"")]
    [InlineData("a=\"x", "\"x")]
    public void Quotes_ArePartOfTheValue(string header, string expected) =>
        Assert.Equal(expected, Value(header, "a"));

    [Theory]
    [InlineData("a", "true")]
    [InlineData("a; b=2", "true")]
    [InlineData("a=1; a", "true")]
    public void APairWithoutEquals_IsACookieValuedTrue(string header, string expected) =>
        Assert.Equal(expected, Value(header, "a"));

    [Theory]
    [InlineData("a = 1 ; b = 2", new[] { "a ", "b " })] // spaces around "=" belong to the name
    [InlineData("a=1;\tb=2", new[] { "a", "\tb" })]     // only spaces after ";" are skipped
    [InlineData(";;a=1;;", new[] { "a" })]
    [InlineData("=x; a=1", new[] { "", "a" })]
    public void Split_OnSemicolonsAndTheSpacesAfterThem_NothingElseTrimmed(string header, string[] names) =>
        Assert.Equal(names, Parse(header).Select(c => c.Name));

    [Theory]
    [InlineData("a=1 ;b=2", "1 ")]
    [InlineData("a=\t1", "\t1")]
    [InlineData("a=1, b=2", "1, b=2")]
    [InlineData("a=b=c", "b=c")]
    public void Values_KeepWhatFollowsTheFirstEquals(string header, string expected) =>
        Assert.Equal(expected, Value(header, "a"));

    [Fact]
    public void TwoHeaderLines_ReadAsOneJoinedWithSemicolonSpace()
    {
        var cookies = Parse("a=1", "a=2; b=3");

        Assert.Equal("2", cookies.Get("a")?.Value);
        Assert.Equal("3", cookies.Get("b")?.Value);
    }
}
