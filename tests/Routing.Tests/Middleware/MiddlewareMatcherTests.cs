using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>Request-time details the corpus covers thinly or not at all.</summary>
[Trait("Category", "InProcess")]
public sealed class MiddlewareMatcherTests
{
    private static MiddlewareMatcher One(string source, MatchCondition? has = null, MatchCondition? missing = null)
    {
        Assert.True(MatcherCompiler.TryCompile(
            new MatcherEntry(source, has is null ? null : [has], missing is null ? null : [missing]), out var e, out var error), error);
        return new MiddlewareMatcher([e], buildId: "b1");
    }

    private static KeyValuePair<string, string[]> H(string name, params string[] values) => new(name, values);

    [Fact]
    public void Decoded_pass_uses_javascript_end_of_input()
    {
        // "/about%0A" decodes to "/about\n"; a .NET "$" would accept the final newline, JS does not.
        Assert.False(One("/about").Matches(TestRequests.Create("/about%0A")));
        Assert.True(One("/about").Matches(TestRequests.Create("/%61bout")));
        Assert.False(One("/about").Matches(TestRequests.Create("/%61bout%0"))); // decode throws: raw pass only
    }

    [Theory]
    [InlineData("/x/%C0%AF")]    // overlong UTF-8
    [InlineData("/x/%ED%A0%80")] // an encoded surrogate
    [InlineData("/x/%E0%A4%A")]  // truncated escape
    public void Undecodable_paths_match_only_in_raw_form(string path)
    {
        Assert.True(One("/x/:p").Matches(TestRequests.Create(path)));
        // A lenient decoder (U+FFFD substitution) would give a "%"-free path that this accepts.
        Assert.False(One("/x/:p([^%]+)").Matches(TestRequests.Create(path)));
    }

    [Fact]
    public void Falls_back_to_path_and_query_without_a_raw_target()
    {
        var request = TestRequests.Create("/q/a", "run=yes");
        request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget = "";
        Assert.True(One("/q/:path*", new MatchCondition(MatchConditionType.Query, "run", "yes")).Matches(request));
    }

    [Theory]
    [InlineData("/_next/data/b1/index.json", true)]
    [InlineData("/_next/data/b1/about.json", false)]
    [InlineData("/_next/data/b2/index.json", true)] // other build id: the regex's optional prefix and /index.json suffix
    public void Next_data_urls_are_normalised_with_the_build_id(string path, bool expected) =>
        Assert.Equal(expected, One("/").Matches(TestRequests.Create(path)));

    [Fact]
    public void Internal_headers_never_satisfy_a_condition()
    {
        var request = TestRequests.Create("/a", headers: [H("x-middleware-rewrite", "1")]);
        Assert.False(One("/a", has: new MatchCondition(MatchConditionType.Header, "x-middleware-rewrite")).Matches(request));
        Assert.True(One("/a", missing: new MatchCondition(MatchConditionType.Header, "X-Middleware-Rewrite")).Matches(request));
    }

    [Theory]
    [InlineData("ua-1", true)]  // user-agent: Node keeps the first line only
    [InlineData("ua-2", false)]
    public void Single_valued_headers_keep_their_first_line(string value, bool expected)
    {
        var request = TestRequests.Create("/a", headers: [H("User-Agent", "ua-1", "ua-2")]);
        Assert.Equal(expected, One("/a", new MatchCondition(MatchConditionType.Header, "user-agent", value)).Matches(request));
    }

    [Fact]
    public void Other_repeated_headers_are_joined_with_comma_space()
    {
        var request = TestRequests.Create("/a", headers: [H("x-list", "a", "b")]);
        Assert.True(One("/a", new MatchCondition(MatchConditionType.Header, "x-list", "a, b")).Matches(request));
    }

    [Theory]
    [InlineData("s=\"quoted\"", "quoted", true)]
    [InlineData("s=%E0%A4%A", "%E0%A4%A", true)] // undecodable: kept raw
    [InlineData("s=first; s=second", "first", true)] // first occurrence wins
    [InlineData("S=x", "x", false)] // names are case-sensitive
    [InlineData("  s  =  v  ", "v", true)]
    public void Cookies_parse_like_the_cookie_package(string header, string value, bool expected)
    {
        var request = TestRequests.Create("/a", headers: [H("Cookie", header)]);
        Assert.Equal(expected, One("/a", new MatchCondition(MatchConditionType.Cookie, "s", value)).Matches(request));
    }

    [Theory]
    [InlineData("q=a&q=", "", true)]      // repeated key: the last value "" is still tested against the regex
    [InlineData("q=%E0%A4%A", "\uFFFD%A", true)] // Node's unescapeBuffer: bytes, then UTF-8 with U+FFFD
    [InlineData("q=a%2", "a%2", true)]    // lenient decode keeps a malformed escape
    [InlineData("q%2Bx=1", null, false)]  // key "q+x" is not "q"
    [InlineData("x=1&&q=1", "1", true)]
    public void Query_values_follow_node_querystring(string query, string? value, bool expected)
    {
        var condition = new MatchCondition(MatchConditionType.Query, "q", value is null ? null : value == "" ? ".*" : value);
        Assert.Equal(expected, One("/a", condition).Matches(TestRequests.Create("/a", query)));
    }

    [Fact]
    public void Value_regex_is_case_sensitive_and_anchors_are_not_grouped()
    {
        var condition = new MatchCondition(MatchConditionType.Header, "x-role", "admin|editor");
        Assert.True(One("/a", condition).Matches(TestRequests.Create("/a", headers: [H("x-role", "administrator")])));
        Assert.False(One("/a", condition).Matches(TestRequests.Create("/a", headers: [H("x-role", "Admin")])));
    }

    [Fact]
    public void Empty_matcher_never_matches() =>
        Assert.False(new MiddlewareMatcher([]).Matches(TestRequests.Create("/")));

    [Fact]
    public void Absolute_form_targets_use_their_path()
    {
        var request = TestRequests.Create("/about");
        request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget = "http://example.com/about?x=1";
        Assert.True(One("/about").Matches(request));
    }
}
