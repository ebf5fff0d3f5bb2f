using System.Collections;
using Serverless.Routing.Matching;

namespace Serverless.Routing.Http;

/// <summary>
/// The request's cookies as Next.js reads them: one <c>Cookie</c> header split on <c>;</c>, quotes
/// stripped, values percent-decoded (<c>a=%20x%3B</c> reads as <c>" x;"</c>), first occurrence wins.
/// </summary>
/// <example><c>var user = request.Cookies.Get("user")?.Value;</c></example>
public sealed class RequestCookies : IEnumerable<RequestCookie>
{
    private readonly List<RequestCookie> _cookies = [];

    /// <summary>Parses the <c>Cookie</c> header lines.</summary>
    public RequestCookies(IEnumerable<string?> cookieHeaders)
    {
        foreach (var header in cookieHeaders)
        {
            if (string.IsNullOrEmpty(header)) continue;
            foreach (var part in header.Split(';'))
            {
                var eq = part.IndexOf('=');
                if (eq <= 0) continue;
                var name = part[..eq].Trim();
                var value = part[(eq + 1)..].Trim();
                if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
                if (PercentDecoding.TryDecode(value, out var decoded)) value = decoded;
                if (name.Length > 0 && Get(name) is null) _cookies.Add(new RequestCookie(name, value));
            }
        }
    }

    /// <summary>The cookie, or null.</summary>
    public RequestCookie? Get(string name) => _cookies.Find(c => c.Name == name);

    /// <summary>All cookies, or all with one name.</summary>
    public IReadOnlyList<RequestCookie> GetAll(string? name = null) =>
        name is null ? _cookies : _cookies.FindAll(c => c.Name == name);

    /// <summary>True when the cookie is present.</summary>
    public bool Has(string name) => Get(name) is not null;

    /// <summary>How many cookies the request carries.</summary>
    public int Count => _cookies.Count;

    /// <inheritdoc />
    public IEnumerator<RequestCookie> GetEnumerator() => _cookies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
