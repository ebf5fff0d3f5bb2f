using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

/// <summary>
/// Routes whose handlers take a segment typed (<c>GET(int id)</c>): a value that does not convert makes the
/// route not match, and the search goes on in precedence order, as the Functions host does with <c>{id:int}</c>.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RouteTableConstraintTests
{
    private static readonly RouteParamConstraint IntId = new("id", "int", "int", static v => RouteParamValue.IsValid<int>(v));

    private static RouteTable Build(params (string File, bool Typed)[] files) =>
        new(files.Select(f =>
        {
            var entry = TestRoutes.FromFile(f.File);
            return f.Typed ? new Functions.RouteEntry(entry.Pattern, entry.Kind, entry.SourceFile, entry.Config, entry.Functions) { Constraints = [IntId] } : entry;
        }));

    private static readonly RouteTable Typed = Build(
        ("api/users/[id]/route.cs", true),
        ("api/users/[...rest]/route.cs", false),
        ("api/items/[id]/route.cs", true),
        ("api/items/[id]/tags/route.cs", false));

    [Theory]
    [InlineData("/api/users/42", "/api/users/[id]")]
    [InlineData("/api/users/%34%32", "/api/users/[id]")]   // the decoded value is what converts
    [InlineData("/api/users/abc", "/api/users/[...rest]")] // falls through to the catch-all
    [InlineData("/api/users/4.2", "/api/users/[...rest]")]
    [InlineData("/api/items/abc/tags", "/api/items/[id]/tags")] // an untyped route below a typed one keeps its own rule
    [InlineData("/api/items/abc", null)]                     // nothing else matches: 404
    [InlineData("/api/items/2147483648", null)]              // int overflow
    public void Match_TypedSegment_ResolvesInPrecedenceOrder(string path, string? expected) =>
        Assert.Equal(expected, Typed.Resolve(path));

    [Fact]
    public void Match_TypedSegmentWithMalformedEscape_IsTheMalformedParam400NotA404() =>
        Assert.Equal(RouteMatchStatus.MalformedParam, Typed.Match("/api/items/%ff", out _));

    [Fact]
    public void Match_SameRoutesUntyped_TakeAnyValue() =>
        Assert.Equal("/api/users/[id]", Build(("api/users/[id]/route.cs", false), ("api/users/[...rest]/route.cs", false)).Resolve("/api/users/abc"));

    [Theory]
    [InlineData("Large", true)]
    [InlineData("large", true)]
    [InlineData("1", false)]
    [InlineData("Small,Large", false)]
    [InlineData("", false)]
    [InlineData("Medium", false)]
    public void IsValidEnum_AcceptsMemberNamesOnly(string value, bool expected) =>
        Assert.Equal(expected, RouteParamValue.IsValidEnum<Size>(value));

    [Theory]
    [InlineData("42", true)]
    [InlineData("-42", true)]
    [InlineData("4,2", false)]   // no thousands separators, in any culture
    [InlineData("٤٢", false)]    // Arabic-Indic digits are not ASCII digits
    public void IsValid_IntUsesTheInvariantCulture(string value, bool expected) =>
        Assert.Equal(expected, RouteParamValue.IsValid<int>(value));

    private enum Size { Small, Large }
}
