extern alias generator;

using System.Reflection;
using System.Runtime.CompilerServices;
using DiagnosticDescriptors = generator::Nextfunc.Routing.Generator.Diagnostics.DiagnosticDescriptors;
using HelpLinks = generator::Nextfunc.Routing.Generator.Diagnostics.HelpLinks;
using RouteGenerator = generator::Nextfunc.Routing.Generator.RouteGenerator;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>Help links open from a user's IDE: the page in the repository when its URL is known, no link otherwise.</summary>
[Trait("Category", "InProcess")]
public class HelpLinkTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void For_WithoutRepositoryUrl_IsEmpty(string? repositoryUrl)
    {
        // Act
        var link = HelpLinks.For("NXF001", repositoryUrl);

        // Assert
        Assert.Equal("", link);
    }

    [Theory]
    [InlineData("https://github.com/example/nextfunc")]
    [InlineData("https://github.com/example/nextfunc/")]
    [InlineData("https://github.com/example/nextfunc.git")]
    public void For_WithRepositoryUrl_IsThePageOnTheMainBranch(string repositoryUrl)
    {
        // Act
        var link = HelpLinks.For("NXF007", repositoryUrl);

        // Assert
        Assert.Equal("https://github.com/example/nextfunc/blob/main/docs/diagnostics/NXF007.md", link);
    }

    [Fact]
    public void Descriptors_AllIds_LinkWithTheUrlBakedIntoTheGenerator()
    {
        // Arrange: the project file writes the URL as AssemblyMetadata only when RepositoryUrl is set.
        var baked = typeof(RouteGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "NextfuncRepositoryUrl")?.Value;

        // Act
        var links = DiagnosticDescriptors.All.Select(d => (d.Id, Link: d.HelpLinkUri)).ToList();

        // Assert
        Assert.Equal(baked, HelpLinks.RepositoryUrl);
        Assert.All(links, l => Assert.Equal(HelpLinks.For(l.Id, baked), l.Link));
        if (baked is null)
            Assert.All(links, l => Assert.Equal("", l.Link));
    }

    [Fact]
    public void Descriptors_AllIds_HaveTheirPageInTheRepository()
    {
        // Arrange
        var folder = Path.Combine(RepositoryRoot(), "docs", "diagnostics");

        // Act
        var missing = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !File.Exists(Path.Combine(folder, id + ".md"))).ToList();

        // Assert
        Assert.Empty(missing);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
