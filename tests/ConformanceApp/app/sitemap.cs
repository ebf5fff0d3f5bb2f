using Nextfunc.Routing.Metadata;

namespace ConformanceApp;

/// <summary>/sitemap.xml, from the oracle's app/sitemap.js.</summary>
public static class SitemapFile
{
    public static IEnumerable<SitemapEntry> Sitemap() =>
    [
        new("https://example.com")
        {
            LastModified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ChangeFrequency = "yearly",
            Priority = 1,
        },
        new("https://example.com/about")
        {
            LastModified = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero),
            ChangeFrequency = "monthly",
            Priority = 0.8,
        },
    ];
}
