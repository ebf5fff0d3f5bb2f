using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>
/// The <c>&lt;summary&gt;</c> of a declaration as plain text. Read from the syntax trivia, so it works whether or
/// not the project generates a documentation file (without one the compiler does not parse doc comments).
/// </summary>
internal static class DocComments
{
    private static readonly Regex Summary = new("<summary>(.*?)</summary>", RegexOptions.Singleline);
    private static readonly Regex Reference = new("<(?:see|seealso|paramref|typeparamref)\\s+(?:cref|name|langword|href)=\"(?:[A-Z]:)?([^\"]*)\"\\s*/>");
    private static readonly Regex Tag = new("<[^>]+>");
    private static readonly Regex Space = new("\\s+");

    public static string? SummaryOf(SyntaxNode declaration)
    {
        var lines = declaration.GetLeadingTrivia().ToFullString().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("///"))
            .Select(l => l.Substring(3));
        var match = Summary.Match(string.Join("\n", lines));
        if (!match.Success) return null;
        var text = Reference.Replace(match.Groups[1].Value, m => m.Groups[1].Value.Split('.').Last());
        text = Tag.Replace(text, "");
        text = Space.Replace(text, " ").Trim()
            .Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");
        return text.Length == 0 ? null : text;
    }
}
