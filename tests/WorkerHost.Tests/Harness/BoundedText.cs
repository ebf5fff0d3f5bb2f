using System.Text;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// A thread-safe text buffer that keeps only the most recent <paramref name="capacity"/> characters: a
/// worker that logs for a long test run must not grow the test process without bound, and the end of
/// the output (the crash, the last request) is what a failing test needs to show.
/// </summary>
public sealed class BoundedText(int capacity = 256 * 1024)
{
    private readonly StringBuilder _text = new();
    private long _dropped;

    /// <summary>Appends one line (null lines, which mark the end of a redirected stream, are skipped).</summary>
    public void AppendLine(string? line)
    {
        if (line is null)
            return;
        lock (_text)
        {
            _text.AppendLine(line);
            if (_text.Length > capacity)
            {
                var excess = _text.Length - capacity;
                _text.Remove(0, excess);
                _dropped += excess;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_text)
            return _dropped == 0 ? _text.ToString() : $"[{_dropped} earlier characters dropped]\n{_text}";
    }
}
