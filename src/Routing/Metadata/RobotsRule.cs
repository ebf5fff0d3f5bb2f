namespace Nextfunc.Routing.Metadata;

/// <summary>
/// One group of a <c>robots.txt</c>: the <c>rules</c> object (or an element of the array) that
/// Next.js's <c>app/robots.js</c> returns.
/// </summary>
/// <example><c>new RobotsRule { UserAgent = ["*"], Allow = ["/"], Disallow = ["/private/"] }</c></example>
public sealed record RobotsRule
{
    /// <summary><c>User-Agent</c> lines; empty means <c>*</c>, as in Next.js.</summary>
    public IReadOnlyList<string> UserAgent { get; init; } = [];

    /// <summary><c>Allow</c> lines.</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary><c>Disallow</c> lines.</summary>
    public IReadOnlyList<string> Disallow { get; init; } = [];

    /// <summary><c>Crawl-delay</c> in seconds; omitted when null or 0 (Next.js skips a falsy delay).</summary>
    public double? CrawlDelay { get; init; }
}
