using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

[Trait("Category", "InProcess")]
public class RouteParamsDecodingTests
{
    private static readonly RouteTable Table = TestRoutes.Table(
        "api/users/[id]/route.cs",
        "api/files/[...path]/route.cs",
        "docs/[[...slug]]/route.cs");

    [Theory]
    [InlineData("42", "42")]
    [InlineData("a%20b", "a b")]
    [InlineData("caf%C3%A9", "caf\u00e9")]
    [InlineData("caf%c3%a9", "caf\u00e9")]
    [InlineData("a%2Fb", "a/b")]
    [InlineData("a%252Fb", "a%2Fb")]
    [InlineData("a+b", "a+b")]
    [InlineData("%2B", "+")]
    [InlineData("m%65", "me")]
    [InlineData("100%25", "100%")]
    public void Match_DynamicParam_IsDecodedExactlyOnce(string raw, string expected)
    {
        var parameters = Table.ParamsOf("/api/users/" + raw);

        Assert.Equal(expected, parameters["id"]);
        Assert.False(parameters.IsList("id"));
    }

    [Fact]
    public void Match_CatchAll_IsAListOfDecodedSegments()
    {
        var parameters = Table.ParamsOf("/api/files/a%2Fb/c/caf%C3%A9");

        Assert.True(parameters.IsList("path"));
        Assert.Equal(["a/b", "c", "caf\u00e9"], parameters.GetAll("path"));
    }

    [Fact]
    public void Match_CatchAllWithOneSegment_IsAOneElementList()
    {
        var parameters = Table.ParamsOf("/api/files/readme");

        Assert.True(parameters.IsList("path"));
        Assert.Equal(["readme"], parameters.GetAll("path"));
    }

    [Fact]
    public void Match_CatchAllWithZeroSegments_IsNotFound()
    {
        Assert.Equal(RouteMatchStatus.NotFound, Table.Match("/api/files", out _));
    }

    [Fact]
    public void Match_OptionalCatchAllWithZeroSegments_LeavesKeyAbsent()
    {
        var parameters = Table.ParamsOf("/docs");

        Assert.False(parameters.ContainsKey("slug"));
        Assert.Empty(parameters.Keys);
    }

    [Fact]
    public void Match_OptionalCatchAllWithSegments_IsAList()
    {
        var parameters = Table.ParamsOf("/docs/a/b%20c");

        Assert.True(parameters.ContainsKey("slug"));
        Assert.Equal(["a", "b c"], parameters.GetAll("slug"));
    }

    [Theory]
    [InlineData("/api/users/%E0%A4%A")]
    [InlineData("/api/users/%")]
    [InlineData("/api/users/%zz")]
    [InlineData("/api/users/%C3")]
    [InlineData("/api/users/%FF")]
    [InlineData("/api/files/ok/%E0%A4%A")]
    [InlineData("/docs/%E0%A4%A")]
    public void Match_MalformedEncoding_IsMalformedParam(string path)
    {
        Assert.Equal(RouteMatchStatus.MalformedParam, Table.Match(path, out var match));
        Assert.Null(match);
    }

    [Fact]
    public void Match_StaticRoute_HasNoParams()
    {
        var table = TestRoutes.Table("api/users/route.cs");

        Assert.Same(RouteParams.Empty, table.ParamsOf("/api/users"));
    }
}
