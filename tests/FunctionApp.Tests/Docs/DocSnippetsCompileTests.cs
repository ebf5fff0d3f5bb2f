using Nextfunc.FunctionApp.Tests.Support;

namespace Nextfunc.FunctionApp.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/*.md compiles in an app made from the template, as a reader would
/// paste it: a failure names the doc's file and line. Blocks marked <c>```csharp fragment</c> are left out (internal APIs).
/// </summary>
[Trait("Category", "Functional")]
public sealed class DocSnippetsCompileTests
{
    [Fact]
    public void Read_ReadmeAndDocs_FindsTheBlocks()
    {
        var snippets = DocSnippetReader.Read(TestPaths.RepoRoot);

        Assert.Contains(snippets, s => s.Doc == "README.md" && s.Lines.Any(l => l.Contains("NextfuncApp.CreateBuilder", StringComparison.Ordinal)));
        Assert.All(snippets, s => Assert.NotEmpty(s.Lines));
    }

    [Fact]
    public async Task Build_EverySnippetInATemplateApp_Compiles()
    {
        // Arrange
        var snippets = DocSnippetReader.Read(TestPaths.RepoRoot).Where(s => !s.IsFragment).ToList();
        var dir = DocsApp.Write(snippets);

        // Act
        var (code, errors, output) = await DocsApp.BuildAsync(dir);

        // Assert
        Assert.True(errors.Count == 0 && code == 0,
            $"{snippets.Count} snippets built in {dir}: {errors.Count} errors\n{string.Join("\n", errors)}\n{(errors.Count == 0 ? output : "")}");
    }
}
