using System.Collections;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The request's cookies as Next.js reads them (<c>@edge-runtime/cookies</c>): the <c>Cookie</c> header
/// split on <c>;</c> and the spaces after it, nothing else trimmed, quotes kept, values percent-decoded
/// (<c>a=%20x%3B</c> reads <c>" x;"</c>). A pair without <c>=</c> is a cookie valued <c>"true"</c>; a value
/// that does not decode (<c>%zz</c>, <c>%ff</c>) drops that pair; a repeated name keeps its first place and
/// its last value.
/// </summary>
/// <remarks>
/// <see cref="Set"/>, <see cref="Delete"/> and <see cref="Clear"/> change the request's <c>Cookie</c> header, as
/// <c>request.cookies.set</c> does in Next.js: in middleware, the handler sees the change once the middleware forwards
/// the request (<c>NextResponse.Next(request)</c>); the browser keeps its cookies unless the response sets them too.
/// </remarks>
/// <example>
/// <code>
/// var user = request.Cookies.Get("user")?.Value;
/// // middleware: refresh a session for this request and for the browser
/// request.Cookies.Set("session", fresh);
/// var response = NextResponse.Next(request);
/// response.Cookies.Set("session", fresh);
/// </code>
/// </example>
public sealed class RequestCookies : IEnumerable<RequestCookie>
{
    private readonly List<RequestCookie> _cookies = [];
    private readonly Action<string>? _writeHeader;

    /// <summary>Parses the <c>Cookie</c> header lines, joined with <c>"; "</c> as Node joins repeated ones.</summary>
    public RequestCookies(IEnumerable<string?> cookieHeaders) : this(cookieHeaders, null)
    {
    }

    /// <summary>Parses the header; <paramref name="writeHeader"/> receives the new <c>Cookie</c> header after each change.</summary>
    internal RequestCookies(IEnumerable<string?> cookieHeaders, Action<string>? writeHeader)
    {
        _writeHeader = writeHeader;
        var header = string.Join("; ", cookieHeaders.Where(h => !string.IsNullOrEmpty(h)));
        var pieces = header.Split(';');
        for (var i = 0; i < pieces.Length; i++)
        {
            var pair = i == 0 ? pieces[i] : pieces[i].TrimStart(' '); // split(/; */): only spaces, only after a ";"
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=');
            if (eq < 0)
            {
                Put(pair, "true");
                continue;
            }
            if (PercentDecoding.TryDecode(pair[(eq + 1)..], out var value))
                Put(pair[..eq], value);
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

    /// <summary><c>request.cookies.set(name, value)</c>: adds or replaces a cookie of the request.</summary>
    public RequestCookies Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        Put(name, value);
        WriteHeader();
        return this;
    }

    /// <summary><c>request.cookies.delete(name)</c>: removes a cookie of the request; true when it was there.</summary>
    public bool Delete(string name)
    {
        var removed = _cookies.RemoveAll(c => c.Name == name) > 0;
        WriteHeader();
        return removed;
    }

    /// <summary><c>request.cookies.clear()</c>: removes every cookie of the request (the header stays, empty).</summary>
    public RequestCookies Clear()
    {
        _cookies.Clear();
        WriteHeader();
        return this;
    }

    /// <summary>The <c>Cookie</c> header these cookies make: <c>name=value</c> pairs, values URI-component encoded, joined with <c>"; "</c>.</summary>
    public override string ToString() => string.Join("; ", _cookies.Select(c => c.Name + "=" + Uri.EscapeDataString(c.Value)));

    private void WriteHeader() => _writeHeader?.Invoke(ToString());

    /// <inheritdoc />
    public IEnumerator<RequestCookie> GetEnumerator() => _cookies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Map.set: a new name goes last, a known one keeps its place and takes the new value.
    private void Put(string name, string value)
    {
        var i = _cookies.FindIndex(c => c.Name == name);
        if (i < 0) _cookies.Add(new RequestCookie(name, value));
        else _cookies[i] = new RequestCookie(name, value);
    }
}
