namespace Nextfunc.FunctionApp.Tests.Docs;

/// <summary>Finds every <c>```csharp</c> block in the Markdown files users read: README.md and docs/*.md.</summary>
public static class DocSnippetReader
{
    /// <summary>The Markdown files whose C# blocks must compile, relative to the repository root.</summary>
    public static IReadOnlyList<string> Docs(string repoRoot) =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(repoRoot, "docs"), "*.md").Select(f => Path.GetRelativePath(repoRoot, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<DocSnippet> Read(string repoRoot) =>
        Docs(repoRoot).SelectMany(doc => Read(doc, File.ReadAllLines(Path.Combine(repoRoot, doc)))).ToList();

    public static IEnumerable<DocSnippet> Read(string doc, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = lines[i].TrimStart();
            if (!fence.StartsWith("```csharp", StringComparison.Ordinal) && !fence.StartsWith("```cs ", StringComparison.Ordinal) && fence != "```cs")
                continue;
            var info = fence[(fence.StartsWith("```csharp", StringComparison.Ordinal) ? 9 : 5)..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Count && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal)) end++;
            yield return new DocSnippet(doc, start + 1, info, lines.Skip(start).Take(end - start).ToList());
            i = end;
        }
    }
}
