using System.Text;

namespace Nextfunc.Tests.Shared.Apps;

/// <summary>
/// What an app under test wrote, appended from its output readers or loggers on other threads and read by the
/// test at any time. Not bounded: tests count log events in it (e.g. one store warning per outage).
/// </summary>
public sealed class AppOutput
{
    private readonly StringBuilder _text = new();

    /// <summary>Everything so far.</summary>
    public string Text { get { lock (_text) return _text.ToString(); } }

    /// <summary>Appends one line; a null line (the end of a stream) is ignored.</summary>
    public void AppendLine(string? line)
    {
        if (line is null) return;
        lock (_text) _text.AppendLine(line);
    }
}
