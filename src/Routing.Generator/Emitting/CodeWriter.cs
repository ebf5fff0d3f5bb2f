using System.Text;

namespace Nextfunc.Routing.Generator.Emitting;

/// <summary>A tiny indented text writer so emitted code reads like hand-written code.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    public CodeWriter Open(string text = "{")
    {
        Line(text);
        _indent++;
        return this;
    }

    public CodeWriter Close(string text = "}")
    {
        _indent--;
        return Line(text);
    }


    public override string ToString() => _sb.ToString();
}
