using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Tests.Caching;

/// <summary>
/// The tags revalidatePath(path, type) finds a route's cached responses by, derived as Next.js derives its implicit
/// tags: a layout tag per folder of the route pattern, then the route's page tag.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class ImplicitTagsTests
{
    [Fact]
    public void ARoute_CarriesALayoutTagPerFolder_AndItsPageTag()
    {
        var tags = ImplicitTags.Of(RoutePattern.Parse("/api/posts/[slug]"));

        Assert.Equal(["_N_T_/layout", "_N_T_/api/layout", "_N_T_/api/posts/layout", "_N_T_/api/posts/[slug]/layout", "_N_T_/api/posts/[slug]/page"], tags);
    }

    [Theory]
    [InlineData("/api/posts", RevalidatePathType.Layout, "_N_T_/api/posts/layout")]
    [InlineData("/api/posts/", RevalidatePathType.Layout, "_N_T_/api/posts/layout")]
    [InlineData("/", RevalidatePathType.Layout, "_N_T_/layout")]
    [InlineData("/api/posts/[slug]", RevalidatePathType.Page, "_N_T_/api/posts/[slug]/page")]
    public void RevalidatePath_NamesTheTagOfItsType(string path, RevalidatePathType type, string tag)
    {
        Assert.Equal(tag, ImplicitTags.Tag(path, type));
        Assert.Contains(tag, ImplicitTags.Of(RoutePattern.Parse("/api/posts/[slug]")));
    }
}
