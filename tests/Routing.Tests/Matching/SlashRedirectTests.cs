using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

[Trait("Category", "InProcess")]
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

    [Theory]
    [InlineData("a", "a=")]
    [InlineData("a&b=%zz&c=%ff&d=1+2;e&f=%20&g='x'", "a=&b=%25zz&c=%EF%BF%BD&d=1%202%3Be&f=%20&g='x'")]
    [InlineData("b=1&2=x&a=3&01=y&1=z&2=w", "1=z&2=x&2=w&b=1&a=3&01=y")] // repeats grouped, array-index keys first
    [InlineData("4294967295=a&4294967294=b", "4294967294=b&4294967295=a")]
    [InlineData("__proto__=x&a=1", "a=1")]
    [InlineData("&&a=1&&", "a=1")]
    [InlineData("a=b=c", "a=b%3Dc")]
    public void TrailingSlash_ReserialisesTheQuery(string query, string expected) =>
        Assert.Equal("/api/users/1?" + expected, SlashRedirect.GetLocation("/api/users/1/", query));

    [Theory]
    [InlineData("/api//users", "a&b=%zz", "/api/users?a&b=%zz")] // repeated slashes: the query as sent
    [InlineData("/api//users#b", null, "/api/users#b")]           // ... and a fragment too
    [InlineData("/api/users/", "a#b", "/api/users?a=")]           // trailing slash: the fragment goes
    [InlineData("/api/users/#b", null, "/api/users")]
    [InlineData("/api/users#b/", null, null)]                     // the "/" is in the fragment
    [InlineData("/api/users/#b", "x", "/api/users")]              // "?x" is in the fragment: no query
    public void Fragments_AsNextTreatsThem(string path, string? query, string? expected) =>
        Assert.Equal(expected, SlashRedirect.GetLocation(path, query));
}
