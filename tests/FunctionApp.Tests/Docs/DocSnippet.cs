namespace Nextfunc.FunctionApp.Tests.Docs;

/// <summary>One <c>```csharp</c> block of a Markdown file: where it is (for errors that point into the doc) and its lines.</summary>
/// <param name="Doc">The Markdown file, relative to the repository root (README.md, docs/caching.md).</param>
/// <param name="Line">The 1-based line of the block's first code line in that file.</param>
/// <param name="Info">The rest of the fence's info string: <c>fragment</c> marks a block that is not meant to compile.</param>
/// <param name="Lines">The code, as written.</param>
public sealed record DocSnippet(string Doc, int Line, string Info, IReadOnlyList<string> Lines)
{
    /// <summary>A block the doc marks <c>```csharp fragment</c>: shown, never compiled (internal APIs, pseudo code).</summary>
    public bool IsFragment => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("fragment");

    /// <summary>A name unique in the set, usable as an identifier and a folder name: <c>docs_caching_38</c>.</summary>
    public string Slug => string.Concat(Path.ChangeExtension(Doc, null).Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_')) + "_" + Line;

    public override string ToString() => $"{Doc}:{Line}";
}
