using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Tests.Conventions;

[Trait("Category", "InProcess")]
public class FolderNameTests
{
    [Theory]
    [InlineData("users", nameof(SegmentKind.Static), "users")]
    [InlineData("me", nameof(SegmentKind.Static), "me")]
    [InlineData("[id]", nameof(SegmentKind.Dynamic), "id")]
    [InlineData("[...slug]", nameof(SegmentKind.CatchAll), "slug")]
    [InlineData("[[...slug]]", nameof(SegmentKind.OptionalCatchAll), "slug")]
    [InlineData("%5Fescaped", nameof(SegmentKind.Static), "_escaped")]
    [InlineData("%5fescaped", nameof(SegmentKind.Static), "_escaped")]
    [InlineData("sitemap.xml", nameof(SegmentKind.Static), "sitemap.xml")]
    public void Classify_RoutableFolder_DeclaresSegment(string folder, string kindName, string value)
    {
        var kind = Enum.Parse<SegmentKind>(kindName);
        var segment = FolderName.Classify(folder);

        Assert.Equal(new RouteSegment(kind, value), segment);
    }

    [Theory]
    [InlineData("(group)")]
    [InlineData("(marketing)")]
    [InlineData("@modal")]
    public void Classify_GroupOrSlotFolder_IsLeftOutOfTheUrl(string folder)
    {
        Assert.True(FolderName.IsOmittedFromUrl(folder));
        Assert.Null(FolderName.Classify(folder));
    }

    [Theory]
    [InlineData("_private", true)]
    [InlineData("_lib", true)]
    [InlineData("%5Fescaped", false)]
    [InlineData("private_", false)]
    [InlineData("users", false)]
    public void IsPrivate_LeadingUnderscoreOnly_IsPrivate(string folder, bool expected)
    {
        Assert.Equal(expected, FolderName.IsPrivate(folder));
    }

    [Theory]
    [InlineData("[id")]
    [InlineData("id]")]
    [InlineData("a[b")]
    [InlineData("[]")]
    [InlineData("[...]")]
    [InlineData("[[...]]")]
    [InlineData("[..slug]")]
    [InlineData("[.slug]")]
    [InlineData("[i d]")]
    [InlineData("[id/x]")]
    public void Problem_MalformedFolderName_IsExplained(string folder)
    {
        var problem = FolderName.Problem(folder);

        Assert.NotNull(problem);
        Assert.Contains(folder, problem);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("[id]")]
    [InlineData("[user_id]")]
    [InlineData("[user-id]")]
    [InlineData("[...slug]")]
    [InlineData("[[...slug]]")]
    [InlineData("(group)")]
    [InlineData("%5Fescaped")]
    public void Problem_WellFormedFolderName_IsNull(string folder)
    {
        Assert.Null(FolderName.Problem(folder));
    }

    [Fact]
    public void RouteSegment_ToString_IsTheFolderSpelling()
    {
        Assert.Equal("me", new RouteSegment(SegmentKind.Static, "me").ToString());
        Assert.Equal("[id]", new RouteSegment(SegmentKind.Dynamic, "id").ToString());
        Assert.Equal("[...slug]", new RouteSegment(SegmentKind.CatchAll, "slug").ToString());
        Assert.Equal("[[...slug]]", new RouteSegment(SegmentKind.OptionalCatchAll, "slug").ToString());
    }
}
