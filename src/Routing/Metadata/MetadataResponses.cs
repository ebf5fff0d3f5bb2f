using System.Globalization;
using System.Text;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Metadata;

/// <summary>
/// Turns the data of <c>app/sitemap.cs</c> and <c>app/robots.cs</c> into the responses Next.js 15
/// serves at <c>/sitemap.xml</c> and <c>/robots.txt</c>: the same text, line for line, with its exact
/// content types (no charset) and <c>cache-control: public, max-age=0, must-revalidate</c>.
/// The generated functions call these; an app does not need to.
/// </summary>
/// <example>
/// <code>
/// var response = MetadataResponses.Robots(new RobotsFile { Rules = [new RobotsRule { Allow = ["/"] }] });
/// // 200, text/plain: "User-Agent: *\nAllow: /\n\n"
/// </code>
/// </example>
public static class MetadataResponses
{
    // Next.js sends this on metadata routes so browsers and CDNs always revalidate them.
    private const string CacheControl = "public, max-age=0, must-revalidate";

    /// <summary>The sitemap XML (<c>application/xml</c>), written as Next.js's <c>resolveSitemap</c> writes it.</summary>
    public static NextResponse Sitemap(IEnumerable<SitemapEntry> entries)
    {
        var list = entries.ToList();
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        if (list.Exists(e => e.Images is { Count: > 0 }))
            sb.Append(" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"");
        sb.Append(list.Exists(e => e.Languages is { Count: > 0 }) ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n");
        foreach (var entry in list)
        {
            sb.Append("<url>\n<loc>").Append(Escape(entry.Url)).Append("</loc>\n");
            foreach (var (language, href) in entry.Languages ?? new Dictionary<string, string>())
                sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(Escape(language))
                  .Append("\" href=\"").Append(Escape(href)).Append("\" />\n");
            foreach (var image in entry.Images ?? [])
                sb.Append("<image:image>\n<image:loc>").Append(Escape(image)).Append("</image:loc>\n</image:image>\n");
            if (entry.LastModified is { } modified)
                sb.Append("<lastmod>").Append(modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append("</lastmod>\n");
            if (!string.IsNullOrEmpty(entry.ChangeFrequency))
                sb.Append("<changefreq>").Append(entry.ChangeFrequency).Append("</changefreq>\n");
            if (entry.Priority is { } priority)
                sb.Append("<priority>").Append(priority.ToString("R", CultureInfo.InvariantCulture)).Append("</priority>\n");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        return Respond(sb.ToString(), "application/xml");
    }

    /// <summary>The robots.txt text (<c>text/plain</c>), written as Next.js's <c>resolveRobots</c> writes it.</summary>
    public static NextResponse Robots(RobotsFile robots)
    {
        var sb = new StringBuilder();
        foreach (var rule in robots.Rules)
        {
            foreach (var agent in rule.UserAgent.Count > 0 ? rule.UserAgent : ["*"])
                sb.Append("User-Agent: ").Append(agent).Append('\n');
            foreach (var allow in rule.Allow) sb.Append("Allow: ").Append(allow).Append('\n');
            foreach (var disallow in rule.Disallow) sb.Append("Disallow: ").Append(disallow).Append('\n');
            if (rule.CrawlDelay is { } delay and not 0)
                sb.Append("Crawl-delay: ").Append(delay.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append('\n');
        }
        if (!string.IsNullOrEmpty(robots.Host)) sb.Append("Host: ").Append(robots.Host).Append('\n');
        foreach (var sitemap in robots.Sitemap) sb.Append("Sitemap: ").Append(sitemap).Append('\n');
        return Respond(sb.ToString(), "text/plain");
    }

    private static NextResponse Respond(string body, string contentType) =>
        NextResponse.Text(body, contentType: contentType, headers: new() { ["cache-control"] = CacheControl });

    // Next.js writes URLs into the XML unescaped; escaping keeps a URL with '&' a valid document
    // and changes nothing for URLs without markup characters.
    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
