using Serverless.Routing.Matching;

namespace Serverless.Routing.Tests.Matching;

public sealed class SlashRedirectTests
{
    [Theory]
    [InlineData("/", null, null)]
    [InlineData("/about", "x=1", null)]
    [InlineData("/api/users/1/", "q=2", "/api/users/1?q=2")]
    [InlineData("/a/", "", "/a")]              // an empty query is dropped
    [InlineData("///a", null, "/a")]
    [InlineData("/a\\\\b/", "k=v", "/a/b/?k=v")] // one redirect per request: the trailing slash goes on the next
    [InlineData("\\", null, "/")]
    [InlineData("/%2F/", null, "/%2F")]        // escapes are not slashes
    public void Redirects_like_next(string path, string? query, string? expected) =>
        Assert.Equal(expected, SlashRedirect.GetLocation(path, query));
}
