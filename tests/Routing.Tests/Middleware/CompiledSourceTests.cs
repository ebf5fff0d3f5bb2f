using System.Text.RegularExpressions;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>
/// The C# a recognised source compiles to accepts exactly what the source's regular expression accepts:
/// every source below against every path below, regex as the oracle (the corpus tests check the regex against Next).
/// </summary>
[Trait("Category", "InProcess")]
public sealed class CompiledSourceTests
{
    private static readonly string[] Shaped =
    [
        "/about", "/about/", "/about/:path*", "/about/:path+", "/about/:path?", "/blog/:slug", "/api/v1.0/:rest*",
        "/a#b/:p*", "/_next/data/:p*", "/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)",
        "/((?!api|_next/static|_next/image|favicon.ico|sitemap.xml|robots.txt).*)", "/((?!a).*)", "/((?!x\\/y|\\_z).*)",
    ];

    private static readonly string[] Paths =
    [
        "", "/", "//", "/about", "/About", "/about/", "/about//", "/about#", "/about?", "/about.json", "/about.json/", "/about/.json",
        "/about/x", "/about/x/", "/about/x//", "/about//x", "/about/x/y/z", "/about/x.json", "/about/x.json#", "/about/x#y",
        "/about/x?y", "/aboutx", "/about-us", "/about/\n", "/about\n", "/blog", "/blog/", "/blog/a", "/blog/a/", "/blog/a/b",
        "/blog/a.json", "/blog/.json", "/api/v1.0/x", "/api/v1x0/x", "/a#b", "/a#b/c", "/_next/data/b1/about", "/_next/data/b1/about/x",
        "/_next/data//about", "/_next/data/b1", "/_next/data/b1/", "/_next/data/b1/x/about", "/_next/static/a.js", "/_next/image",
        "/favicon.ico", "/faviconXico", "/favicon\nico", "/api", "/apix", "/dashboard", "/dashboard/settings", "/nomw/x", "/q",
        "/x\r", "/x\u2028", "/caf\u00e9", "/a", "/ab", "/b", "/x/y", "/_z", "/\\_z", "/_next/data/b1/api", "/_next/data/b1/dashboard",
        "/_next/data/b1/_next/data/b2/about", "/sitemap.xml", "/robots.txt", "/_next/data/b1/about.json", "/about/x?",
    ];

    public static TheoryData<string> Sources() => new(Shaped);

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_recognised_source_accepts_exactly_what_its_regex_accepts(string source)
    {
        Assert.True(MatcherCompiler.TryCompile(new MatcherEntry(source), out var entry, out var error), error);
        Assert.NotNull(entry.Compiled);
        var regex = new Regex(entry.Pattern, JsRegexTranslator.Options);

        var disagreements = Paths.Where(p => entry.Compiled.IsMatch(p) != regex.IsMatch(p)).ToList();

        Assert.Empty(disagreements);
        Assert.Contains(Paths, regex.IsMatch); // the paths exercise both answers
        Assert.Contains(Paths, p => !regex.IsMatch(p));
    }

    [Theory]
    [InlineData("/")] // wrapped with index / index.json instead
    [InlineData("/:locale/about")]
    [InlineData("/about/:id(\\d+)")]
    [InlineData("/about{-:x}?")]
    [InlineData("/((?!api).+)")]
    [InlineData("/((?!.*\\.png$).*)")]
    [InlineData("/((?!a\\.b).*)")]
    [InlineData("/((?!a||b).*)")]
    [InlineData("/caf\u00e9/:p*")]
    public void Other_sources_keep_their_regex(string source)
    {
        Assert.True(MatcherCompiler.TryCompile(new MatcherEntry(source), out var entry, out var error), error);
        Assert.Null(entry.Compiled);
    }
}
