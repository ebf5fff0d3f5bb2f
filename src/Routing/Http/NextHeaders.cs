using System.Collections;
using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// Request headers with Fetch <c>Headers</c> semantics: case-insensitive names, <see cref="Get"/>
/// returns repeated values joined with <c>", "</c> and null when absent.
/// </summary>
/// <example><c>var auth = request.Headers.Get("authorization");</c></example>
public sealed class NextHeaders(IHeaderDictionary headers) : IEnumerable<KeyValuePair<string, string>>
{
    /// <summary>The value, repeated lines joined with <c>", "</c>; null when the header is absent.</summary>
    public string? Get(string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0 ? string.Join(", ", values.ToArray()) : null;

    /// <summary>True when the header is present.</summary>
    public bool Has(string name) => headers.ContainsKey(name);

    /// <summary>Sets (replaces) a header. Inside middleware this prepares headers for <c>NextResponse.Next</c>.</summary>
    public void Set(string name, string value) => headers[name] = value;

    /// <summary>Appends a value to a header.</summary>
    public void Append(string name, string value) => headers.Append(name, value);

    /// <summary>Removes a header.</summary>
    public void Delete(string name) => headers.Remove(name);

    /// <summary>The underlying ASP.NET Core headers.</summary>
    public IHeaderDictionary Raw => headers;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), string.Join(", ", h.Value.ToArray()))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
