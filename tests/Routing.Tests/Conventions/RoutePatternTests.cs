using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Tests.Conventions;

[Trait("Category", "InProcess")]
public class RoutePatternTests
{
    [Theory]
    [InlineData("/", "0")]
    [InlineData("/api", "1")]
    [InlineData("/api/users/me", "111")]
    [InlineData("/api/users/[id]", "112")]
    [InlineData("/api/files/[...path]", "113")]
    [InlineData("/docs/[[...slug]]", "14")]
    [InlineData("/[id]/edit", "21")]
    [InlineData("/[[...all]]", "4")]
    public void PrecedenceKey_OneDigitPerSegmentKind(string pattern, string key)
    {
        Assert.Equal(key, RoutePattern.Parse(pattern).PrecedenceKey);
    }

    [Theory]
    [InlineData("/", "r0_index")]
    [InlineData("/api", "r1_api")]
    [InlineData("/api/users/[id]", "r112_api_users_id")]
    [InlineData("/api/files/[...path]", "r113_api_files_path")]
    [InlineData("/docs/[[...slug]]", "r14_docs_slug")]
    [InlineData("/api/user-list", "r11_api_user-list")]
    [InlineData("/api/v1.2/x", "r111_api_v1-2_x")]
    [InlineData("/caf\u00e9", "r1_caf-")]
    [InlineData("/_escaped", "r1_-escaped")]
    public void FunctionBaseName_KeyThenSanitisedSegments(string pattern, string name)
    {
        Assert.Equal(name, RoutePattern.Parse(pattern).FunctionBaseName);
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/api/users", "api/users")]
    [InlineData("/api/users/[id]", "api/users/{id}")]
    [InlineData("/api/files/[...path]", "api/files/{*path}")]
    [InlineData("/docs/[[...slug]]", "docs/{*slug}")]
    [InlineData("/sitemap.xml", "sitemap.xml")]
    public void AzureRouteTemplate_UsesAspNetCoreSyntax(string pattern, string template)
    {
        Assert.Equal(template, RoutePattern.Parse(pattern).AzureRouteTemplate);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/users/[id]")]
    [InlineData("/a/[...b]")]
    [InlineData("/a/[[...b]]")]
    public void Parse_Text_RoundTrips(string text)
    {
        var pattern = RoutePattern.Parse(text);

        Assert.Equal(text, pattern.Text);
        Assert.Equal(text, pattern.ToString());
    }

    [Theory]
    [InlineData("/api/users", true)]
    [InlineData("/", true)]
    [InlineData("/api/[id]", false)]
    [InlineData("/[[...x]]", false)]
    public void IsStatic_OnlyForLiteralSegments(string text, bool isStatic)
    {
        Assert.Equal(isStatic, RoutePattern.Parse(text).IsStatic);
    }
}
