namespace Nextfunc.Routing.Http;

/// <summary>
/// Cookies a response sets or deletes, written as <c>Set-Cookie</c> lines when the response is sent.
/// </summary>
/// <example><c>response.Cookies.Set("mw-cookie", "chocolate", new() { HttpOnly = true });</c></example>
public sealed class ResponseCookies
{
    private readonly List<(string Name, string Line)> _lines = [];
    private readonly TimeProvider _time;

    /// <summary>Creates an empty set; <paramref name="time"/> dates <c>Max-Age</c> expiries.</summary>
    internal ResponseCookies(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Sets a cookie (a later set of the same name replaces it).</summary>
    public ResponseCookies Set(string name, string value, CookieAttributes? options = null)
    {
        _lines.RemoveAll(l => l.Name == name);
        _lines.Add((name, SetCookieFormat.Format(name, value, options ?? new CookieAttributes(), _time.GetUtcNow())));
        return this;
    }

    /// <summary>Deletes a cookie on the client: empty value, expired at the epoch.</summary>
    public ResponseCookies Delete(string name, string path = "/")
    {
        _lines.RemoveAll(l => l.Name == name);
        _lines.Add((name, SetCookieFormat.Delete(name, path)));
        return this;
    }

    /// <summary>The <c>Set-Cookie</c> lines, in the order set.</summary>
    internal IEnumerable<string> SetCookieLines => _lines.Select(l => l.Line);

    /// <summary>True when nothing was set.</summary>
    internal bool IsEmpty => _lines.Count == 0;
}
