using System.Text;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// A render's body: its number, route and instance, then 2 KB that follow from the number. A body that is not exactly
/// what its header says (two renders mixed, cut short) is torn.
/// </summary>
internal static class SimBody
{
    private const int PayloadBytes = 2048;

    public static byte[] Create(long render, string path, int instance)
    {
        var header = Encoding.ASCII.GetBytes($"{render}|{path}|{instance}|");
        var body = new byte[header.Length + PayloadBytes];
        header.CopyTo(body, 0);
        Fill(render, body.AsSpan(header.Length));
        return body;
    }

    /// <summary>The render number of a whole body; -1 when it is torn.</summary>
    public static long Verify(ReadOnlySpan<byte> body, string path)
    {
        var text = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 200)]);
        var parts = text.Split('|', 4);
        if (parts.Length < 4 || parts[1] != path || !long.TryParse(parts[0], out var render))
            return -1;
        var headerLength = Encoding.ASCII.GetByteCount($"{parts[0]}|{parts[1]}|{parts[2]}|");
        if (body.Length != headerLength + PayloadBytes)
            return -1;
        Span<byte> expected = stackalloc byte[PayloadBytes];
        Fill(render, expected);
        return body[headerLength..].SequenceEqual(expected) ? render : -1;
    }

    private static void Fill(long render, Span<byte> payload)
    {
        var x = (ulong)render * 0x9E3779B97F4A7C15UL + 1;
        for (var i = 0; i < payload.Length; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17; // xorshift: cheap, different for every render
            payload[i] = (byte)x;
        }
    }
}
