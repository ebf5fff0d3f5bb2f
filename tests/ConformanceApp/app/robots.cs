using Nextfunc.Routing.Metadata;

namespace ConformanceApp;

/// <summary>/robots.txt, from the oracle's app/robots.js.</summary>
public static class RobotsTxt
{
    public static RobotsFile Robots() => new()
    {
        Rules = [new RobotsRule { UserAgent = ["*"], Allow = ["/"], Disallow = ["/private/"] }],
        Sitemap = ["https://example.com/sitemap.xml"],
    };
}
