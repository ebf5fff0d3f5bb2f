using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary><c>isBot</c>: Next.js's own list of crawlers and link previewers, matched anywhere in the header, in any case.</summary>
internal static partial class BotPattern
{
    public static bool Matches(string ua) => Bots.IsMatch(ua);

    [GeneratedRegex(
        "Googlebot|Mediapartners-Google|AdsBot-Google|googleweblight|Storebot-Google|Google-PageRenderer|Google-InspectionTool|" +
        "Bingbot|BingPreview|Slurp|DuckDuckBot|baiduspider|yandex|sogou|LinkedInBot|bitlybot|tumblr|vkShare|quora link preview|" +
        "facebookexternalhit|facebookcatalog|Twitterbot|applebot|redditbot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|ia_archiver",
        UaText.Js)]
    private static partial Regex Bots { get; }
}
