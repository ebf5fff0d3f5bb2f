using System.Text;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// Writes HTTP/1.1 requests byte for byte. HttpClient validates and normalises what it sends (one
/// Content-Length, no raw UTF-8, no bad method tokens); a hostile client does not, so neither does this.
/// </summary>
public static class RawRequest
{
    /// <summary>Concatenates parts: a string is written as UTF-8, a byte array as it is (invalid UTF-8, control bytes).</summary>
    public static byte[] Bytes(params object[] parts)
    {
        var buffer = new MemoryStream();
        foreach (var part in parts)
        {
            var bytes = part switch
            {
                string text => Encoding.UTF8.GetBytes(text),
                byte[] raw => raw,
                _ => throw new ArgumentException($"a part is a string or a byte[], not {part.GetType()}"),
            };
            buffer.Write(bytes);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// <paramref name="requestLine"/>, then <c>Host: localhost</c> (unless <paramref name="host"/> is false or a
    /// header sets Host), the headers (string or byte[] each, without line ends), <c>Connection: close</c> so the
    /// server ends the exchange, a Content-Length for <paramref name="body"/> unless the headers frame it, the body.
    /// </summary>
    public static byte[] Build(object requestLine, IEnumerable<object>? headers = null, byte[]? body = null, bool host = true)
    {
        var lines = (headers ?? []).ToList();
        var names = lines.Select(l => l is string s ? s.Split(':')[0].Trim().ToLowerInvariant() : "").ToHashSet();
        var parts = new List<object> { requestLine, "\r\n" };
        if (host && !names.Contains("host")) parts.Add("Host: localhost\r\n");
        foreach (var line in lines) parts.AddRange([line, "\r\n"]);
        if (!names.Contains("connection")) parts.Add("Connection: close\r\n");
        if (body is not null && !names.Contains("content-length") && !names.Contains("transfer-encoding"))
            parts.Add($"Content-Length: {body.Length}\r\n");
        parts.Add("\r\n");
        if (body is not null) parts.Add(body);
        return Bytes([.. parts]);
    }

    /// <summary>A GET of <paramref name="target"/> with extra header lines.</summary>
    public static byte[] Get(string target, params object[] headers) => Build($"GET {target} HTTP/1.1", headers);

    /// <summary>The bytes as readable text for failure messages: printable ASCII kept, the rest escaped, long runs cut.</summary>
    public static string Show(ReadOnlySpan<byte> bytes, int max = 700)
    {
        var text = new StringBuilder();
        foreach (var b in bytes[..Math.Min(bytes.Length, max)])
            text.Append(b switch
            {
                (byte)'\r' => "\\r",
                (byte)'\n' => "\\n\n",
                >= 0x20 and < 0x7f => ((char)b).ToString(),
                _ => $"\\x{b:x2}",
            });
        if (bytes.Length > max) text.Append($"… ({bytes.Length} bytes in all)");
        return text.ToString();
    }
}
