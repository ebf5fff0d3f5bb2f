using System.Collections;
using System.Text;

namespace Serverless.Routing.Http;

/// <summary>
/// The query string with <c>URLSearchParams</c> semantics: <c>+</c> and <c>%20</c> read as a space,
/// <see cref="Get"/> gives the first of repeated keys, <see cref="GetAll"/> all of them, <c>empty=</c> gives "".
/// </summary>
/// <example><c>var page = request.NextUrl.SearchParams.Get("page") ?? "1";</c></example>
public sealed class SearchParams : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

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
    }

    /// <summary>Adds a value.</summary>
    public void Append(string name, string value) => _pairs.Add(new(name, value));

    /// <summary>Removes every value of <paramref name="name"/>.</summary>
    public void Delete(string name) => _pairs.RemoveAll(p => p.Key == name);

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

    private static string Decode(string s)
    {
        s = s.Replace('+', ' ');
        return Matching.PercentDecoding.TryDecode(s, out var d) ? d : s;
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
