using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

[Trait("Category", "InProcess")]
public class PercentDecodingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("%20", " ")]
    [InlineData("caf%C3%A9", "caf\u00e9")]
    [InlineData("a%2Fb", "a/b")]
    [InlineData("a%252Fb", "a%2Fb")]
    [InlineData("a+b", "a+b")]
    [InlineData("%F0%9F%98%80", "\U0001F600")]
    [InlineData("\U0001F600%20", "\U0001F600 ")] // raw non-ASCII beside an escape: a surrogate pair stays one character
    [InlineData("", "")]
    public void TryDecode_ValidInput_DecodesOnce(string raw, string expected)
    {
        Assert.True(PercentDecoding.TryDecode(raw, out var decoded));
        Assert.Equal(expected, decoded);
    }

    [Theory]
    [InlineData("%E0%A4%A")]
    [InlineData("%")]
    [InlineData("%4")]
    [InlineData("a%g0")]
    [InlineData("%C3%28")]
    [InlineData("%ED%A0%80")]
    public void TryDecode_MalformedInput_Fails(string raw)
    {
        Assert.False(PercentDecoding.TryDecode(raw, out _));
    }
}
