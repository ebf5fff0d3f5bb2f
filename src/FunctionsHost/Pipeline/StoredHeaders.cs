using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Nextfunc.Pipeline;

/// <summary>
/// Writes a cached response's stored headers and answers <c>If-None-Match</c>, without allocating for the
/// usual case of distinct header names: this runs on every cache hit.
/// </summary>
internal static class StoredHeaders
{
    /// <summary>
    /// Sets every stored header except <c>Content-Length</c> (the body is written with its own); a name stored
    /// several times (Vary, Link...) becomes one header with all its values, in stored order, under the first spelling.
    /// </summary>
    public static void Write(IReadOnlyList<KeyValuePair<string, string>> stored, IHeaderDictionary headers)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            var name = stored[i].Key;
            if (name.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase) || IndexOf(stored, name, 0, i) >= 0)
                continue; // Content-Length, or a repeat already written with the first
            var count = 1;
            for (var j = i + 1; j < stored.Count; j++)
                if (stored[j].Key.Equals(name, StringComparison.OrdinalIgnoreCase)) count++;
            if (count == 1)
            {
                headers[name] = stored[i].Value;
                continue;
            }
            var values = new string[count];
            for (int j = i, n = 0; n < count; j++)
                if (stored[j].Key.Equals(name, StringComparison.OrdinalIgnoreCase)) values[n++] = stored[j].Value;
            headers[name] = values;
        }
    }

    /// <summary>True when an <c>If-None-Match</c> list holds <paramref name="etag"/> or <c>*</c>.</summary>
    public static bool IfNoneMatchAccepts(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null) continue;
            var list = value.AsSpan();
            foreach (var range in list.Split(','))
            {
                var tag = list[range].Trim();
                if (tag.SequenceEqual(etag) || tag.SequenceEqual("*"))
                    return true;
            }
        }
        return false;
    }

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, string>> stored, string name, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (stored[i].Key.Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
