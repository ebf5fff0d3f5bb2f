using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

/// <summary>
/// Dot segments where a dynamic or catch-all segment would match (tests/conformance/edge-cases.json, tag
/// dot-segments): the route is picked on the raw path, its params come from the path with dot segments resolved.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RouteTableDotSegmentTests
{
    private static readonly RouteTable Table = TestRoutes.Table(
        "api/users/[id]/route.cs",
        "api/users/me/route.cs",
        "api/files/[...path]/route.cs",
        "api/opt/[[...slug]]/route.cs");

    [Theory]
    [InlineData("/api/users/.")]
    [InlineData("/api/users/..")]
    [InlineData("/api/users/%2e")]
    [InlineData("/api/users/%2E")]
    [InlineData("/api/users/%2e%2e")]
    [InlineData("/api/users/.%2E")]
    [InlineData("/api/users/%2E.")]
    public void Match_DotSegmentAsDynamicParam_IsNotFound(string path) =>
        Assert.Equal(RouteMatchStatus.NotFound, Table.Match(path, out _));

    [Theory]
    [InlineData("/api/users/./me")]           // four raw segments: no route, though the resolved path is /api/users/me
    [InlineData("/api/users/../users/me")]
    [InlineData("/api/files/a/..")]           // the catch-all is left with no segment
    [InlineData("/api/files/.")]
    [InlineData("/api/files/%2e%2e/b")]       // climbs out of the route
    [InlineData("/api/files/%2e%2e/users/1")] // into another route: still not served
    [InlineData("/api/opt/..")]
    public void Match_PathThatNoLongerFitsOnceResolved_IsNotFound(string path) =>
        Assert.Equal(RouteMatchStatus.NotFound, Table.Match(path, out _));

    [Theory]
    [InlineData("/api/files/a/./b", new[] { "a", "b" })]
    [InlineData("/api/files/a/../b", new[] { "b" })]
    [InlineData("/api/files/a/%2e%2e/b", new[] { "b" })]
    [InlineData("/api/files/a/%2E", new[] { "a" })]      // resolves to /api/files/a/: the trailing slash still fits
    [InlineData("/api/files/a/b/..", new[] { "a" })]
    [InlineData("/api/files/./a", new[] { "a" })]
    [InlineData("/api/files/a%2f..%2fb", new[] { "a/../b" })] // an encoded slash is not a separator: one segment, no dots
    public void Match_CatchAll_TakesItsSegmentsFromTheResolvedPath(string path, string[] expected) =>
        Assert.Equal(expected, Table.ParamsOf(path).GetAll("path"));

    [Theory]
    [InlineData("/api/opt/.")]
    [InlineData("/api/opt/a/..")]
    public void Match_OptionalCatchAllResolvedToNothing_LeavesTheKeyAbsent(string path) =>
        Assert.False(Table.ParamsOf(path).ContainsKey("slug"));

    [Theory]
    [InlineData("/api/users/...", "...")]
    [InlineData("/api/users/.a", ".a")]
    [InlineData("/api/users/a%2e", "a.")]
    public void Match_NamesThatOnlyLookLikeDots_AreParams(string path, string expected) =>
        Assert.Equal(expected, Table.ParamsOf(path)["id"]);

    [Fact]
    public void Match_MalformedEscapeBeforeADotDot_IsStillMalformed()
    {
        // Next.js decodes the raw params when it picks the route, before the ".." would have dropped "%zz".
        Assert.Equal(RouteMatchStatus.MalformedParam, Table.Match("/api/files/a/%zz/..", out _));
    }
}
