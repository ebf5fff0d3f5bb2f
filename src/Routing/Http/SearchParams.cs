using System.Collections;
using System.Text;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The query string with <c>URLSearchParams</c> semantics: <c>+</c> and <c>%20</c> read as a space,
/// <see cref="Get"/> gives the first of repeated keys, <see cref="GetAll"/> all of them, <c>empty=</c> and a bare
/// <c>key</c> give "". Decoding never fails: a malformed escape stays literal, bytes that are not UTF-8 read as U+FFFD.
/// </summary>
/// <example><c>var page = request.NextUrl.SearchParams.Get("page") ?? "1";</c></example>
public sealed class SearchParams : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    /// <summary>Called after every edit: the <see cref="NextUrl"/> that owns these params re-serialises its search then.</summary>
    internal Action? Changed { get; set; }

    /// <summary>Parses a raw query, with or without its leading <c>?</c>.</summary>
    public SearchParams(string? rawQuery = null)
    {
        if (string.IsNullOrEmpty(rawQuery)) return;
        var q = rawQuery[0] == '?' ? rawQuery[1..] : rawQuery;
        foreach (var part in q.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            _pairs.Add(new(Decode(key), Decode(value)));
        }
    }

    /// <summary>The first value for <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        foreach (var p in _pairs)
            if (p.Key == name) return p.Value;
        return null;
    }

    /// <summary>Every value for <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> GetAll(string name) => _pairs.Where(p => p.Key == name).Select(p => p.Value).ToList();

    /// <summary>True when the key is present (even with an empty value).</summary>
    public bool Has(string name) => _pairs.Exists(p => p.Key == name);

    /// <summary>The distinct keys, in first-seen order.</summary>
    public IEnumerable<string> Keys => _pairs.Select(p => p.Key).Distinct();

    /// <summary>Replaces every value of <paramref name="name"/> with one.</summary>
    public void Set(string name, string value)
    {
        var i = _pairs.FindIndex(p => p.Key == name);
        _pairs.RemoveAll(p => p.Key == name);
        _pairs.Insert(i < 0 ? _pairs.Count : Math.Min(i, _pairs.Count), new(name, value));
        Changed?.Invoke();
    }

    /// <summary>Adds a value.</summary>
    public void Append(string name, string value)
    {
        _pairs.Add(new(name, value));
        Changed?.Invoke();
    }

    /// <summary>Removes every value of <paramref name="name"/>.</summary>
    public void Delete(string name)
    {
        _pairs.RemoveAll(p => p.Key == name);
        Changed?.Invoke();
    }

    /// <summary>Serialises as <c>application/x-www-form-urlencoded</c>, without the <c>?</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in _pairs)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Encode(k)).Append('=').Append(Encode(v));
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The urlencoded parser's decoding: + is a space, every valid %XX is a byte, anything else (a lone %,
    // %zz) stays as it is, and bytes that are not UTF-8 become U+FFFD: "%ff" reads "\uFFFD", "%zz" reads "%zz".
    private static string Decode(string s)
    {
        if (s.IndexOfAny(['+', '%']) < 0) return s;
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(s.Length)];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '%' && i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]))
            {
                bytes[n++] = byte.Parse(s.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier);
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes[n++] = c == '+' ? (byte)' ' : (byte)c;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                n += Encoding.UTF8.GetBytes(s.AsSpan(i, length), bytes.AsSpan(n));
                i += length - 1;
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }

    // application/x-www-form-urlencoded as URLSearchParams writes it: alphanumerics and *-._ stay,
    // a space becomes +, every other UTF-8 byte is %XX.
    private static string Encode(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '*' or '-' or '.' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('+');
            else sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }
}
