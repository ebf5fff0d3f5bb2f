using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Nextfunc.Routing.Generator.Model;

/// <summary>A place in a source file, kept as plain values so models stay equatable across edits.</summary>
internal sealed record SourceLocation(string FilePath, TextSpan Span, LinePositionSpan Lines)
{
    public static SourceLocation From(Location location) =>
        new(location.SourceTree?.FilePath ?? "", location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, Span, Lines);

    /// <summary>1-based line, for messages that name file and line.</summary>
    public int Line => Lines.Start.Line + 1;
}
