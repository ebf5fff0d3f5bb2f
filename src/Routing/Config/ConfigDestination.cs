using System.Text;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Config;

/// <summary>
/// A redirect's or rewrite's destination, split once: an origin for an external one, the path as path-to-regexp tokens
/// (so <c>:path*</c> with no segments drops its <c>/</c>, as Next.js compiles it), and the query as written. Params go in
/// as they were matched: the request's own percent-encoding is kept, nothing is decoded or encoded twice.
/// </summary>
/// <example><c>new ConfigDestination("/api/params/:path*?from=:slug")</c> with path = "a/b", slug = "x" builds <c>/api/params/a/b?from=x</c>.</example>
internal sealed class ConfigDestination
{
    private readonly List<object> _path;
    private readonly string? _query;

    public ConfigDestination(string destination)
    {
        Text = destination;
        var rest = destination;
        if (!destination.StartsWith('/'))
        {
            // An absolute URL: the origin stays as written, the rest is compiled like a local path.
            var pathStart = destination.IndexOf('/', destination.IndexOf("//", StringComparison.Ordinal) + 2);
            Origin = pathStart < 0 ? destination : destination[..pathStart];
            rest = pathStart < 0 ? "/" : destination[pathStart..];
        }
        var hash = rest.IndexOf('#');
        if (hash >= 0) rest = rest[..hash];
        var question = rest.IndexOf('?');
        _query = question < 0 ? null : rest[(question + 1)..];
        _path = PathParser.Parse(question < 0 ? rest : rest[..question]);
    }

    /// <summary>The destination as written.</summary>
    public string Text { get; }

    /// <summary><c>https://example.com</c> for an external destination; null for a path on this app.</summary>
    public string? Origin { get; }

    /// <summary>The destination's path with <paramref name="parameters"/> in place.</summary>
    public string Path(IReadOnlyDictionary<string, string> parameters)
    {
        var path = new StringBuilder();
        foreach (var token in _path)
        {
            if (token is string literal)
            {
                path.Append(literal);
                continue;
            }
            var key = (PathKey)token;
            if (parameters.TryGetValue(key.Name, out var value) && value.Length > 0)
                path.Append(key.Prefix).Append(value).Append(key.Suffix);
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    /// <summary>
    /// The query a redirect sends: the request's pairs first, each replaced by the destination's value when the destination
    /// names the same key, then the destination's other pairs, with params in place (<c>?s=:slug</c>).
    /// </summary>
    public string Query(string requestQuery, IReadOnlyDictionary<string, string> parameters)
    {
        var destination = Pairs(_query is null ? "" : Substitute(_query, parameters));
        var merged = new List<string>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, pair) in Pairs(requestQuery))
        {
            if (!destination.Exists(d => d.Key == key))
                merged.Add(pair);
            else if (replaced.Add(key))
                merged.AddRange(destination.Where(d => d.Key == key).Select(d => d.Pair)); // where the request had it
        }
        merged.AddRange(destination.Where(d => !replaced.Contains(d.Key)).Select(d => d.Pair));
        return merged.Count == 0 ? "" : "?" + string.Join("&", merged);
    }

    /// <summary>Puts params into a header value or query text: each <c>:name</c> of a known param.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> parameters)
    {
        if (!text.Contains(':') || parameters.Count == 0) return text;
        // Longest names first, so :slug is not read as :s + "lug".
        foreach (var (name, value) in parameters.OrderByDescending(p => p.Key.Length))
            text = text.Replace(":" + name, value, StringComparison.Ordinal);
        return text;
    }

    private static List<(string Key, string Pair)> Pairs(string query) =>
        [.. query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (Key: Web.UriComponent.TryDecode(pair.Split('=')[0].Replace('+', ' '), out var key) ? key : pair.Split('=')[0], Pair: pair))];
}
