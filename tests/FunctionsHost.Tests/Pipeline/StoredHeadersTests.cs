using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Nextfunc.Pipeline;

namespace Nextfunc.Tests.Pipeline;

[Trait("Category", "InProcess")]
public sealed class StoredHeadersTests
{
    [Fact]
    public void Repeated_names_become_one_header_with_every_value_in_order_under_the_first_spelling()
    {
        IHeaderDictionary headers = new HeaderDictionary();
        StoredHeaders.Write(
        [
            new("Vary", "Accept"), new("content-type", "application/json"), new("vary", "Origin"),
            new("Content-Length", "99"), new("x-one", "1"), new("VARY", "Cookie"),
        ], headers);

        Assert.Equal(new string?[] { "Accept", "Origin", "Cookie" }, headers["Vary"].ToArray());
        Assert.Equal("application/json", headers.ContentType.ToString());
        Assert.Equal("1", headers["x-one"].ToString());
        Assert.False(headers.ContainsKey("Content-Length")); // the body is written with its own length
        Assert.Equal(3, headers.Count);
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("\"x\",\"abc\" ", true)]
    [InlineData("*", true)]
    [InlineData(" * ", true)]
    [InlineData("\"x\", W/\"abc\"", false)] // a weak tag never matches the strong one we send
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void If_None_Match_accepts_the_etag_in_a_list_or_a_star(string header, bool accepted) =>
        Assert.Equal(accepted, StoredHeaders.IfNoneMatchAccepts(new StringValues(header), "\"abc\""));

    [Fact]
    public void If_None_Match_sent_as_several_header_lines_is_read_line_by_line() =>
        Assert.True(StoredHeaders.IfNoneMatchAccepts(new StringValues(["\"x\"", "\"y\", \"abc\""]), "\"abc\""));
}
