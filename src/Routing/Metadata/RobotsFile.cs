namespace Nextfunc.Routing.Metadata;

/// <summary>
/// The content of <c>/robots.txt</c>: what Next.js's <c>app/robots.js</c> returns. Return one from
/// <c>app/robots.cs</c>.
/// </summary>
/// <example>
/// <code>
/// public static class RobotsTxt
/// {
///     public static RobotsFile Robots() => new()
///     {
///         Rules = [new RobotsRule { UserAgent = ["*"], Allow = ["/"], Disallow = ["/private/"] }],
///         Sitemap = ["https://example.com/sitemap.xml"],
///     };
/// }
/// </code>
/// </example>
public sealed record RobotsFile
{
    /// <summary>The rule groups, in order.</summary>
    public IReadOnlyList<RobotsRule> Rules { get; init; } = [];

    /// <summary><c>Sitemap</c> lines.</summary>
    public IReadOnlyList<string> Sitemap { get; init; } = [];

    /// <summary>The <c>Host</c> line, or null.</summary>
    public string? Host { get; init; }
}
