using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// An HTTP/1.1 response read strictly off the wire: status line, header lines, body framed by
/// chunked encoding, Content-Length or the close. Interim 1xx answers (100 Continue) are skipped.
/// </summary>
public sealed partial class RawResponse
{
    private RawResponse(int status, string reason, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, string head)
    {
        Status = status;
        Reason = reason;
        Headers = headers;
        Body = body;
        Head = head;
    }

    public int Status { get; }
    public string Reason { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    public byte[] Body { get; }

    /// <summary>Status line and header lines as received (Latin-1), for failure messages.</summary>
    public string Head { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>Every value of header <paramref name="name"/> (case-insensitive).</summary>
    public IEnumerable<string> All(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    /// <summary>The header's values joined by ", ", or null when absent.</summary>
    public string? Header(string name) => All(name).ToList() is { Count: > 0 } values ? string.Join(", ", values) : null;

    /// <summary>
    /// Parses <paramref name="bytes"/>. Returns null while more bytes are needed (<paramref name="closed"/> false);
    /// throws <see cref="FormatException"/> for anything that is not HTTP/1.1 framing.
    /// </summary>
    public static RawResponse? Parse(byte[] bytes, bool head, bool closed)
    {
        var offset = 0;
        while (true)
        {
            var end = IndexOf(bytes, "\r\n\r\n"u8, offset);
            if (end < 0) return closed ? throw new FormatException("the connection closed inside the response head") : null;
            var headText = Encoding.Latin1.GetString(bytes, offset, end - offset);
            var lines = headText.Split("\r\n");
            var status = StatusLine().Match(lines[0]);
            if (!status.Success) throw new FormatException($"not an HTTP/1.x status line: '{lines[0]}'");
            var code = int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture);
            var headers = lines.Skip(1).Select(ParseHeader).ToList();
            offset = end + 4;
            if (code is >= 100 and < 200) continue; // 100 Continue before the real answer

            var response = (byte[] body) => new RawResponse(code, status.Groups[2].Value, headers, body, headText);
            if (head || code is 204 or 304) return response([]);
            if (headers.Any(h => h.Key.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
                return Dechunk(bytes, offset, closed) is { } chunked ? response(chunked) : null;
            if (headers.FirstOrDefault(h => h.Key.Equals("content-length", StringComparison.OrdinalIgnoreCase)).Value is { } length)
            {
                var n = int.Parse(length, CultureInfo.InvariantCulture);
                if (bytes.Length - offset >= n) return response(bytes[offset..(offset + n)]);
                return closed ? throw new FormatException($"Content-Length {n} but only {bytes.Length - offset} body bytes before the close") : null;
            }
            return closed ? response(bytes[offset..]) : null; // delimited by the close
        }
    }

    private static KeyValuePair<string, string> ParseHeader(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || !HeaderName().IsMatch(line[..colon]))
            throw new FormatException($"not a header line: '{line}'");
        return new(line[..colon], line[(colon + 1)..].Trim(' ', '\t'));
    }

    private static byte[]? Dechunk(byte[] bytes, int offset, bool closed)
    {
        var body = new MemoryStream();
        while (true)
        {
            var lineEnd = IndexOf(bytes, "\r\n"u8, offset);
            if (lineEnd < 0) return closed ? throw new FormatException("the connection closed inside a chunk size line") : null;
            var sizeText = Encoding.Latin1.GetString(bytes, offset, lineEnd - offset).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
                throw new FormatException($"bad chunk size '{sizeText}'");
            offset = lineEnd + 2;
            if (size == 0)
            {
                var trailerEnd = IndexOf(bytes, "\r\n"u8, offset);
                if (trailerEnd < 0) return closed ? throw new FormatException("the connection closed before the last chunk ended") : null;
                return body.ToArray();
            }
            if (bytes.Length < offset + size + 2) return closed ? throw new FormatException("the connection closed inside a chunk") : null;
            body.Write(bytes, offset, size);
            offset += size + 2;
        }
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> value, int from) =>
        from > bytes.Length ? -1 : bytes.AsSpan(from).IndexOf(value) is var i and >= 0 ? i + from : -1;

    [GeneratedRegex(@"^HTTP/1\.[01] (\d{3})(?: (.*))?$")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")]
    private static partial Regex HeaderName();
}
