using System.Text.RegularExpressions;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Tests.Middleware;

[Trait("Category", "InProcess")]
public sealed class PathToRegexpTests
{
    // Expected sources printed by next@15.3.4's bundled path-to-regexp (pathToRegexp(s).source).
    [Theory]
    [InlineData("/a-:b*", @"^\/a-([^\/#\?]+?)*[\/#\?]?$")]
    [InlineData("/x{-:a}-:b", @"^\/x(?:-([^\/#\?]+?))-([^\/#\?]+?)[\/#\?]?$")]
    [InlineData("/:a:b", @"^(?:\/([^\/#\?]+?))([^\/#\?]+?)[\/#\?]?$")]
    [InlineData("/img/:name.png", @"^\/img(?:\/([^\/#\?]+?))\.png[\/#\?]?$")]
    [InlineData("/:path*/edit", @"^(?:\/((?:[^\/#\?]+?)(?:\/(?:[^\/#\?]+?))*))?\/edit[\/#\?]?$")]
    [InlineData("/shop{/:category}?", @"^\/shop(?:\/([^\/#\?]+?))?[\/#\?]?$")]
    [InlineData("/docs{-v:version(\\d+)}?", @"^\/docs(?:-v(\d+))?[\/#\?]?$")]
    [InlineData("/about\\", @"^\/about[\/#\?]?$")]
    [InlineData("/a\\:b", @"^\/a\:b[\/#\?]?$")]
    [InlineData("/{abc}", @"^\/(?:abc)[\/#\?]?$")]
    [InlineData("/a{}", @"^\/a(?:)[\/#\?]?$")]
    [InlineData("/a(x)*", @"^\/a(x)*[\/#\?]?$")]
    [InlineData("/:a+", @"^(?:\/((?:[^\/#\?]+?)(?:\/(?:[^\/#\?]+?))*))[\/#\?]?$")]
    [InlineData("/:nextData(_next/data/[^/]{1,})?/{(\\.json)}?", @"^(?:\/(_next\/data\/[^/]{1,}))?\/(\.json)?[\/#\?]?$")]
    public void Emits_the_same_source_as_path_to_regexp(string source, string expected) =>
        Assert.Equal(expected, PathToRegexp.ToJsSource(source));

    [Theory]
    [InlineData("/a?", "Unexpected MODIFIER at 2, expected END")]
    [InlineData("/a{b", "Unexpected END at 4, expected CLOSE")]
    [InlineData("/a()", "Missing pattern at 2")]
    public void Refuses_with_path_to_regexp_wording(string source, string message) =>
        Assert.Equal(message, Assert.Throws<PathSyntaxException>(() => PathToRegexp.ToJsSource(source)).Message);

    [Theory]
    [InlineData(@"^\/about$", "/about\n", false)] // JS $ is the very end; .NET $ also matches before a final \n
    [InlineData(@"^\/(\d+)$", "/\u0661", false)] // JS \d is ASCII only
    [InlineData(@"^\/(\w+)$", "/é", false)]
    [InlineData(@"^\/(.*)$", "/a\rb", false)] // JS . excludes \r and U+2028/2029
    [InlineData(@"^\/(.*)$", "/a\u2028", false)]
    [InlineData(@"^\/(\s)$", "/\uFEFF", true)]
    [InlineData(@"^\/(\s)$", "/\u0085", false)]
    [InlineData(@"^\/[]$", "/", false)]
    [InlineData(@"^\/[^]$", "/\n", true)]
    [InlineData(@"^\/\a$", "/a", true)] // identity escape, not a bell
    [InlineData(@"^\/[a-z-[b]]$", "/b]", true)] // a literal [ in a class, not .NET class subtraction
    [InlineData(@"^\/[\d-x]$", "/-", true)]
    [InlineData(@"^\/x\bY$", "/xY", false)]
    [InlineData(@"^\/é\b$", "/é", false)] // JS \b is ASCII: é is not a word character
    public void Translated_regex_behaves_like_javascript(string js, string input, bool expected) =>
        Assert.Equal(expected, new Regex(JsRegexTranslator.Translate(js), JsRegexTranslator.Options).IsMatch(input));

    [Theory]
    [InlineData("(?i)abc")]
    [InlineData("(?>a)")]
    public void Refuses_group_syntax_javascript_lacks(string js) =>
        Assert.False(JsRegexTranslator.TryCreate(js, RegexOptions.None, out _, out _));
}
