using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.UserAgents;

namespace Nextfunc.Routing.Tests.UserAgents;

/// <summary>What <c>userAgent(request)</c> gives without a header, for bots in any case, and from a request.</summary>
[Trait("Category", "InProcess")]
public sealed class UserAgentTests
{
    private const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NoUserAgent_IsEmptyEverywhere_AndNoBot(string? header)
    {
        var ua = UserAgent.Parse(header);

        Assert.Equal("", ua.Ua);
        Assert.False(ua.IsBot);
        Assert.Equal("""{"ua":"","browser":{},"engine":{},"os":{},"device":{},"cpu":{},"isBot":false}""",
            JsonSerializer.Serialize(ua, UserAgent.JsonTypeInfo));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("mozilla/5.0 (compatible; GOOGLEBOT/2.1)")]
    [InlineData("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")]
    [InlineData("TwitterBOT/1.0")]
    [InlineData("Mozilla/5.0 (compatible; Google-InspectionTool/1.0)")]
    [InlineData("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)")]
    public void KnownCrawlers_AreBots_InAnyCase(string header) => Assert.True(UserAgent.Parse(header).IsBot);

    [Theory]
    [InlineData(Chrome)]
    [InlineData("curl/8.5.0")]
    [InlineData("Mozilla/5.0 (compatible; SomeOtherCrawler/1.0)")]
    public void OtherClients_AreNotBots(string header) => Assert.False(UserAgent.Parse(header).IsBot);

    [Fact]
    public void LongUserAgent_IsCutTo350_ButIsBotReadsTheWholeHeader()
    {
        var header = Chrome + " " + new string('x', 400) + " Googlebot";

        var ua = UserAgent.Parse(header);

        Assert.Equal(header[..350], ua.Ua);
        Assert.True(ua.IsBot);
        Assert.Equal("Chrome", ua.Browser.Name);
    }

    [Fact]
    public void From_ReadsTheRequestsUserAgentHeader()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.UserAgent = Chrome;

        var ua = UserAgent.From(new NextRequest(context));

        Assert.Equal(Chrome, ua.Ua);
        Assert.Equal(new UserAgentBrowser { Name = "Chrome", Version = "131.0.0.0", Major = "131" }, ua.Browser);
        Assert.Equal(new UserAgentOs { Name = "Windows", Version = "10" }, ua.Os);
        Assert.Equal("amd64", ua.Cpu.Architecture);
        Assert.Null(ua.Device.Type);
    }

    [Fact]
    public void From_WithoutTheHeader_IsEmpty() =>
        Assert.Equal(new UserAgent(), UserAgent.From(new NextRequest(new DefaultHttpContext())));

    [Fact]
    public void JsonTypeInfo_KeepsThePlusSignReadable()
    {
        var json = JsonSerializer.Serialize(UserAgent.Parse("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"), UserAgent.JsonTypeInfo);

        Assert.Contains("(compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", json);
    }
}
