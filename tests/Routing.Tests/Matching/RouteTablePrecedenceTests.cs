namespace Nextfunc.Routing.Tests.Matching;

[Trait("Category", "InProcess")]
public class RouteTablePrecedenceTests
{
    private static readonly string[] App =
    [
        "route.cs",
        "api/route.cs",
        "api/users/route.cs",
        "api/users/me/route.cs",
        "api/users/[id]/route.cs",
        "api/users/[id]/posts/route.cs",
        "api/files/[...path]/route.cs",
        "docs/[[...slug]]/route.cs",
        "shop/new/edit/route.cs",
        "shop/[item]/view/route.cs",
        "shop/[...rest]/route.cs",
        "(catalog)/api/products/route.cs",
        "_private/secret/route.cs",
        "api/_lib/route.cs",
        "%5Fescaped/route.cs",
    ];

    private static readonly Nextfunc.Routing.Matching.RouteTable Table = TestRoutes.Table(App);

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/api", "/api")]
    [InlineData("/api/users", "/api/users")]
    [InlineData("/api/users/me", "/api/users/me")]
    [InlineData("/api/users/42", "/api/users/[id]")]
    [InlineData("/api/users/42/posts", "/api/users/[id]/posts")]
    [InlineData("/api/users/me/posts", "/api/users/[id]/posts")]
    [InlineData("/api/files/a", "/api/files/[...path]")]
    [InlineData("/api/files/a/b/c", "/api/files/[...path]")]
    [InlineData("/docs", "/docs/[[...slug]]")]
    [InlineData("/docs/a/b", "/docs/[[...slug]]")]
    [InlineData("/shop/new/edit", "/shop/new/edit")]
    [InlineData("/shop/new/view", "/shop/[item]/view")]
    [InlineData("/shop/new/other", "/shop/[...rest]")]
    [InlineData("/shop/x", "/shop/[...rest]")]
    [InlineData("/api/products", "/api/products")]
    [InlineData("/_escaped", "/_escaped")]
    public void Match_Path_ResolvesToMostSpecificRoute(string path, string pattern)
    {
        Assert.Equal(pattern, Table.Resolve(path));
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/api/users/42/comments")]
    [InlineData("/api/files")]
    [InlineData("/(catalog)/api/products")]
    [InlineData("/catalog/api/products")]
    [InlineData("/_private/secret")]
    [InlineData("/private/secret")]
    [InlineData("/secret")]
    [InlineData("/api/_lib")]
    [InlineData("/%5Fescaped")]
    [InlineData("/%5fescaped")]
    [InlineData("/shop")]
    public void Match_UnroutablePath_IsNotFound(string path)
    {
        Assert.Null(Table.Resolve(path));
    }

    [Theory]
    [InlineData("/api/users/me", "/api/users/me")]
    [InlineData("/api/users/m%65", "/api/users/[id]")]
    [InlineData("/api/users/ME", "/api/users/[id]")]
    [InlineData("/api/users/Me", "/api/users/[id]")]
    [InlineData("/API/users/me", null)]
    [InlineData("/api/Users/me", null)]
    [InlineData("/api/%75sers/me", null)]
    public void Match_StaticSegment_ComparesRawPathCaseSensitively(string path, string? pattern)
    {
        Assert.Equal(pattern, Table.Resolve(path));
    }

    [Fact]
    public void Match_EncodedStaticSpelling_DecodesIntoDynamicParam()
    {
        var parameters = Table.ParamsOf("/api/users/m%65");

        Assert.Equal("me", parameters["id"]);
    }

    [Fact]
    public void Match_StaticBranchFailsDeeper_BacktracksToDynamic()
    {
        var table = TestRoutes.Table("a/b/c/route.cs", "a/[x]/d/route.cs");

        Assert.Equal("/a/[x]/d", table.Resolve("/a/b/d"));
        Assert.Equal("b", table.ParamsOf("/a/b/d")["x"]);
        Assert.Equal("/a/b/c", table.Resolve("/a/b/c"));
    }

    [Fact]
    public void Match_DynamicBranchFailsDeeper_BacktracksToCatchAll()
    {
        var table = TestRoutes.Table("a/[x]/d/route.cs", "a/[...rest]/route.cs");

        Assert.Equal("/a/[...rest]", table.Resolve("/a/b/e"));
        Assert.Equal(["b", "e"], table.ParamsOf("/a/b/e").GetAll("rest"));
    }

    [Fact]
    public void Match_CatchAllAndOptionalCatchAllSiblings_CatchAllWinsForOneOrMoreSegments()
    {
        var table = TestRoutes.Table("a/[...req]/route.cs", "b/[[...opt]]/route.cs", "[[...root]]/route.cs");

        Assert.Equal("/a/[...req]", table.Resolve("/a/x"));
        Assert.Equal("/[[...root]]", table.Resolve("/a"));
        Assert.Equal("/b/[[...opt]]", table.Resolve("/b"));
        Assert.Equal("/[[...root]]", table.Resolve("/"));
        Assert.Equal("/[[...root]]", table.Resolve("/c/d"));
    }

    [Fact]
    public void Match_StaticBeatsDynamicBeatsCatchAllBeatsOptional_AtTheSameLevel()
    {
        var table = TestRoutes.Table("x/static/route.cs", "x/[id]/route.cs", "x/[...all]/route.cs", "[[...opt]]/route.cs");

        Assert.Equal("/x/static", table.Resolve("/x/static"));
        Assert.Equal("/x/[id]", table.Resolve("/x/other"));
        Assert.Equal("/x/[...all]", table.Resolve("/x/a/b"));
        Assert.Equal("/[[...opt]]", table.Resolve("/x"));
    }

    [Fact]
    public void Match_RootOptionalCatchAllWithRootRoute_RootRouteWinsForSlash()
    {
        var table = TestRoutes.Table("route.cs", "[[...opt]]/route.cs");

        Assert.Equal("/", table.Resolve("/"));
        Assert.Equal("/[[...opt]]", table.Resolve("/a"));
    }

    [Fact]
    public void A_path_deeper_than_the_segment_buffer_on_the_stack_still_binds_every_segment()
    {
        var segments = Enumerable.Range(0, 100).Select(i => "s" + i).ToArray();

        Assert.True(Table.Match("/api/files/" + string.Join('/', segments), out var match) == Nextfunc.Routing.Matching.RouteMatchStatus.Matched);
        Assert.Equal(segments, match!.Params.GetAll("path"));
        Assert.Equal("/shop/new/edit", Table.Resolve("/shop/new/edit"));
    }

    // A level with many static siblings is looked up by hash, one with a few is compared one by one: the same
    // precedence and backtracking either way.
    private static readonly Nextfunc.Routing.Matching.RouteTable Wide = TestRoutes.Table(
    [
        .. Enumerable.Range(0, 8).Select(n => $"api/res{n}/route.cs"),
        "api/res3/[id]/route.cs",
        "api/res3/[id]/items/route.cs",
        "api/[resource]/[id]/route.cs",
        "api/[resource]/[id]/other/route.cs",
        "api/[...rest]/route.cs",
        "few/a/route.cs",
        "few/b/route.cs",
        "few/[x]/deep/route.cs",
    ]);

    [Theory]
    [InlineData("/api/res0", "/api/res0")]
    [InlineData("/api/res7", "/api/res7")]
    [InlineData("/api/res8", "/api/[...rest]")]
    [InlineData("/api/res3/42", "/api/res3/[id]")]
    [InlineData("/api/res3/42/items", "/api/res3/[id]/items")]
    [InlineData("/api/res3/42/other", "/api/[resource]/[id]/other")]
    [InlineData("/api/res5/42", "/api/[resource]/[id]")]
    [InlineData("/api/res3/42/items/x", "/api/[...rest]")]
    [InlineData("/api/RES0", "/api/[...rest]")]
    [InlineData("/few/a", "/few/a")]
    [InlineData("/few/a/deep", "/few/[x]/deep")]
    [InlineData("/few/c/deep", "/few/[x]/deep")]
    public void Match_on_wide_and_narrow_levels_keeps_precedence_and_backtracks(string path, string pattern)
    {
        Assert.Equal(pattern, Wide.Resolve(path));
    }

    [Theory]
    [InlineData("/few/c")]
    [InlineData("/few/a/b")]
    [InlineData("/few")]
    public void Match_on_a_narrow_level_without_a_fitting_route_is_not_found(string path)
    {
        Assert.Null(Wide.Resolve(path));
    }
}
