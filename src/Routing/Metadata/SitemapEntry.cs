namespace Nextfunc.Routing.Metadata;

/// <summary>
/// One <c>&lt;url&gt;</c> of a sitemap: what an element of the array returned by Next.js's
/// <c>app/sitemap.js</c> holds. Return a list of these from <c>app/sitemap.cs</c>.
/// </summary>
/// <example>
/// <code>
/// public static class SitemapFile
/// {
///     public static IEnumerable&lt;SitemapEntry&gt; Sitemap() =>
///     [
///         new("https://example.com") { LastModified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), ChangeFrequency = "yearly", Priority = 1 },
///     ];
/// }
/// </code>
/// </example>
/// <param name="Url">The absolute page URL (<c>&lt;loc&gt;</c>).</param>
public sealed record SitemapEntry(string Url)
{
    /// <summary><c>&lt;lastmod&gt;</c>, written as JavaScript's <c>toISOString()</c> (UTC, milliseconds).</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary><c>&lt;changefreq&gt;</c>: always, hourly, daily, weekly, monthly, yearly or never.</summary>
    public string? ChangeFrequency { get; init; }

    /// <summary><c>&lt;priority&gt;</c>, 0 to 1, written as JavaScript prints the number (<c>1</c>, <c>0.8</c>).</summary>
    public double? Priority { get; init; }

    /// <summary>Alternate language versions (<c>alternates.languages</c>): language → URL, as <c>xhtml:link</c>.</summary>
    public IReadOnlyDictionary<string, string>? Languages { get; init; }

    /// <summary>Image URLs of the page (<c>images</c>), as <c>image:image</c>.</summary>
    public IReadOnlyList<string>? Images { get; init; }
}
