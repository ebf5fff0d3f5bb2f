using System.Linq;
using System.Reflection;

namespace Nextfunc.Routing.Generator.Diagnostics;

/// <summary>
/// The help link of each diagnostic: its page in the repository, <c>{RepositoryUrl}/blob/main/docs/diagnostics/ID.md</c>.
/// The URL is the package's <c>RepositoryUrl</c> (set from <c>NextfuncRepositoryUrl</c> when packing), baked into this
/// assembly at build time as <c>AssemblyMetadata</c>. Without one the link is empty: an IDE shows no link rather
/// than a path relative to a repository the user does not have.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The <c>AssemblyMetadata</c> key the project file writes.</summary>
    public const string RepositoryUrlKey = "NextfuncRepositoryUrl";

    /// <summary>The repository URL this generator was built with, or null.</summary>
    public static string? RepositoryUrl { get; } = typeof(HelpLinks).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == RepositoryUrlKey)?.Value;

    /// <summary>The page of <paramref name="id"/> under <paramref name="repositoryUrl"/>, or empty without a URL.</summary>
    public static string For(string id, string? repositoryUrl)
    {
        var url = repositoryUrl?.Trim().TrimEnd('/') ?? "";
        if (url.Length == 0) return "";
        // A clone URL (https://github.com/org/repo.git) names the same repository as its web page.
        if (url.EndsWith(".git", System.StringComparison.OrdinalIgnoreCase)) url = url.Substring(0, url.Length - 4);
        return $"{url}/blob/main/docs/diagnostics/{id}.md";
    }
}
