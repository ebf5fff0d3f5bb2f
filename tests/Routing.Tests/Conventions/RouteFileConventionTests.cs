using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Tests.Conventions;

[Trait("Category", "InProcess")]
public class RouteFileConventionTests
{
    [Theory]
    [InlineData("route.cs", "/")]
    [InlineData("api/route.cs", "/api")]
    [InlineData("api/users/route.cs", "/api/users")]
    [InlineData("api/users/me/route.cs", "/api/users/me")]
    [InlineData("api/users/[id]/route.cs", "/api/users/[id]")]
    [InlineData("api/files/[...path]/route.cs", "/api/files/[...path]")]
    [InlineData("docs/[[...slug]]/route.cs", "/docs/[[...slug]]")]
    [InlineData("(catalog)/api/products/route.cs", "/api/products")]
    [InlineData("api/(admin)/users/[id]/route.cs", "/api/users/[id]")]
    [InlineData("(a)/(b)/x/route.cs", "/x")]
    [InlineData("@modal/x/route.cs", "/x")]
    [InlineData("%5Fescaped/route.cs", "/_escaped")]
    [InlineData("api/%5Fescaped/[id]/route.cs", "/api/_escaped/[id]")]
    public void Parse_RouteFile_ServesPattern(string path, string pattern)
    {
        var file = RouteFileConvention.Parse(path);

        Assert.NotNull(file);
        Assert.Equal(RouteFileKind.Route, file.Kind);
        Assert.Equal(pattern, file.Pattern.Text);
        Assert.Empty(file.Errors);
    }

    [Theory]
    [InlineData("_private/route.cs")]
    [InlineData("api/_lib/route.cs")]
    [InlineData("api/_lib/[id]/route.cs")]
    [InlineData("(group)/_hidden/x/route.cs")]
    public void Parse_FileInPrivateFolder_IsNotRoutable(string path)
    {
        Assert.Null(RouteFileConvention.Parse(path));
    }

    [Theory]
    [InlineData("api/users/page.cs")]
    [InlineData("api/users/Route.cs")]
    [InlineData("api/users/route.ts")]
    [InlineData("api/users/helpers.cs")]
    [InlineData("api/users/route.cs.bak")]
    public void Parse_NonRouteFile_IsNull(string path)
    {
        Assert.Null(RouteFileConvention.Parse(path));
    }

    [Theory]
    [InlineData("sitemap.cs", nameof(RouteFileKind.Sitemap), "/sitemap.xml")]
    [InlineData("docs/sitemap.cs", nameof(RouteFileKind.Sitemap), "/docs/sitemap.xml")]
    [InlineData("robots.cs", nameof(RouteFileKind.Robots), "/robots.txt")]
    [InlineData("(seo)/robots.cs", nameof(RouteFileKind.Robots), "/robots.txt")]
    public void Parse_MetadataFile_ServesItsFileUrl(string path, string kindName, string pattern)
    {
        var kind = Enum.Parse<RouteFileKind>(kindName);
        var file = RouteFileConvention.Parse(path);

        Assert.NotNull(file);
        Assert.Equal(kind, file.Kind);
        Assert.Equal(pattern, file.Pattern.Text);
    }

    [Fact]
    public void Parse_RobotsOutsideAppRoot_IsNotRoutable()
    {
        Assert.Null(RouteFileConvention.Parse("docs/robots.cs"));
    }

    [Theory]
    [InlineData("api/[...slug]/x/route.cs", "[...slug]")]
    [InlineData("api/[[...slug]]/x/route.cs", "[[...slug]]")]
    [InlineData("api/[...slug]/[id]/route.cs", "[...slug]")]
    [InlineData("[...a]/(group)/x/route.cs", "[...a]")]
    public void Parse_CatchAllNotLast_ReportsSls003(string path, string folder)
    {
        var file = RouteFileConvention.Parse(path);

        var error = Assert.Single(file!.Errors);
        Assert.Equal(DiagnosticIds.CatchAllNotLast, error.Id);
        Assert.Contains(folder, error.Message);
        Assert.Contains("last", error.Message);
    }

    [Fact]
    public void Parse_CatchAllFollowedOnlyByGroup_IsValid()
    {
        var file = RouteFileConvention.Parse("docs/[...slug]/(group)/route.cs");

        Assert.Empty(file!.Errors);
        Assert.Equal("/docs/[...slug]", file.Pattern.Text);
    }

    [Theory]
    [InlineData("api/[id/route.cs", "[id")]
    [InlineData("api/id]/route.cs", "id]")]
    [InlineData("api/[]/route.cs", "[]")]
    [InlineData("api/[..slug]/route.cs", "[..slug]")]
    [InlineData("api/[a b]/route.cs", "[a b]")]
    public void Parse_MalformedFolder_ReportsSls009(string path, string folder)
    {
        var file = RouteFileConvention.Parse(path);

        var error = Assert.Single(file!.Errors);
        Assert.Equal(DiagnosticIds.MalformedFolderName, error.Id);
        Assert.Contains(folder, error.Message);
    }

    [Theory]
    [InlineData("[id]/x/[id]/route.cs")]
    [InlineData("[id]/[...id]/route.cs")]
    [InlineData("[slug]/[[...slug]]/route.cs")]
    public void Parse_RepeatedParameterName_ReportsSls009(string path)
    {
        var file = RouteFileConvention.Parse(path);

        var error = Assert.Single(file!.Errors);
        Assert.Equal(DiagnosticIds.MalformedFolderName, error.Id);
        Assert.Contains("twice", error.Message);
    }

    [Theory]
    [InlineData("/admin", true)]
    [InlineData("/admin/users", true)]
    [InlineData("/Admin", true)]
    [InlineData("/runtime/x", true)]
    [InlineData("/api/admin", false)]
    [InlineData("/[id]", false)]
    [InlineData("/", false)]
    public void HasReservedPrefix_FirstSegment_IsChecked(string pattern, bool reserved)
    {
        Assert.Equal(reserved, RouteFileConvention.HasReservedPrefix(RoutePattern.Parse(pattern)));
    }
}
