using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Tests.Matching;

/// <summary>
/// Azure Functions tries routes in function-name order, so for routes that can match the same
/// path the name order must equal Next.js precedence.
/// </summary>
[Trait("Category", "InProcess")]
public class FunctionNameOrderTests
{
    public static TheoryData<string, string> OverlappingPairs => new()
    {
        // more specific first, less specific second
        { "/api/users/me", "/api/users/[id]" },
        { "/api/users/[id]", "/api/users/[...rest]" },
        { "/api/users/[...rest]", "/api/users/[[...opt]]" },
        { "/api/users/me", "/api/[...rest]" },
        { "/a/b/c", "/a/[x]/c" },
        { "/a/b/[x]", "/a/[x]/c" },
        { "/a/[x]/c", "/[y]/b/c" },
        { "/a/[...rest]", "/[id]/b" },
        { "/[id]/b", "/[...rest]" },
        { "/a", "/[id]" },
        { "/a", "/[[...opt]]" },
        { "/a/[[...opt]]", "/[id]" },
        { "/a/b/[...rest]", "/a/[...rest]" },
        { "/a/[x]/[...rest]", "/a/[...rest]" },
        { "/", "/[[...opt]]" },
    };

    [Theory]
    [MemberData(nameof(OverlappingPairs))]
    public void FunctionBaseName_OverlappingRoutes_SortsInPrecedenceOrder(string specific, string general)
    {
        var first = RoutePattern.Parse(specific).FunctionBaseName;
        var second = RoutePattern.Parse(general).FunctionBaseName;

        Assert.True(StringComparer.OrdinalIgnoreCase.Compare(first, second) < 0, $"{first} should sort before {second}");
    }

    [Theory]
    [MemberData(nameof(OverlappingPairs))]
    public void PrecedenceKey_OverlappingRoutes_ComparesAsStringsInPrecedenceOrder(string specific, string general)
    {
        var first = RoutePattern.Parse(specific).PrecedenceKey;
        var second = RoutePattern.Parse(general).PrecedenceKey;

        Assert.True(string.CompareOrdinal(first, second) < 0, $"{first} should sort before {second}");
    }

    [Theory]
    [MemberData(nameof(OverlappingPairs))]
    public void RouteTable_OverlappingRoutes_AgreesWithNameOrderOnAPathBothMatch(string specific, string general)
    {
        var table = TestRoutes.Table(File(general), File(specific));

        Assert.Equal(specific, table.Resolve(SamplePath(specific)));
    }

    private static string File(string pattern) => pattern.TrimStart('/') + (pattern == "/" ? "route.cs" : "/route.cs");

    /// <summary>A path the specific route matches: params become <c>b</c> or <c>c</c> (to also fit the general one).</summary>
    private static string SamplePath(string pattern) => pattern switch
    {
        "/a/b/[x]" => "/a/b/c",
        "/a/[x]/c" => "/a/b/c",
        "/a/[...rest]" => "/a/b",
        "/a/[[...opt]]" => "/a",
        "/a/b/[...rest]" => "/a/b/c",
        "/a/[x]/[...rest]" => "/a/b/c",
        "/api/users/[id]" => "/api/users/42",
        "/api/users/[...rest]" => "/api/users/a/b",
        "/[id]/b" => "/a/b",
        _ => pattern,
    };
}
